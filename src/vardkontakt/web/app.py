"""The ASGI application: `create_app()` wires pages, API, CDS Hooks and static files.

`app` is a module-level instance for `uvicorn vardkontakt.web.app:app` and tests.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

from ..rules import default_rulebook
from . import api, pages, schemas

STATIC_DIR = Path(__file__).parent / "static"
DESCRIPTION = (
    "Registration support for remote care contacts (distanskontakter) in Region Skåne, "
    "following *Registreringsanvisningar distanskontakter*. The decision contract is the "
    "same as the `vardkontakt decide` CLI. Invalid input answers 422 with `detail[].loc` naming the field."
)


def _package_version() -> str:
    try:
        from importlib.metadata import version

        return version("vardkontakt")
    except Exception:
        return "0"


def create_app() -> FastAPI:
    default_rulebook()  # load and compile the rule base at start-up, not on the first request
    app = FastAPI(
        title="vardkontakt",
        version=_package_version(),
        description=DESCRIPTION,
        docs_url=None,  # /docs is a self-hosted page (pages.api_docs): no CDN assets
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> Response:
        detail = [{"loc": list(e["loc"]), "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
        return api.json_response({"detail": detail}, 422)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = get_openapi(
                title=app.title, version=app.version, description=app.description, routes=app.routes
            )
            spec.setdefault("components", {}).setdefault("schemas", {}).update(schemas.COMPONENTS)
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


app = create_app()
