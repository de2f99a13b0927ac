"""The web guide, REST API, CDS Hooks service and FHIR output (`vardkontakt serve`).

Importing this package is cheap; FastAPI is imported by `vardkontakt.web.app`.
"""
