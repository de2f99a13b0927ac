"""Excel workbook of the report, with cells safe from formula injection."""
from __future__ import annotations

from ..audit.core import FORMULA_START
from .build import CATEGORY_LABELS


def safe(value):
    """Text that a spreadsheet could read as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _sheet(wb, title, header, rows):
    from openpyxl.styles import Font

    ws = wb.create_sheet(title)
    ws.append([safe(h) for h in header])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in rows:
        ws.append([safe(v) for v in r])
    ws.freeze_panes = "A2"
    return ws


def write_xlsx(data: dict, rules, path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    s = data["summary"]
    _sheet(wb, "Översikt", ["Mått", "Värde"], [
        ["Rader lästa", s["rows_read"]], ["Rader granskade", s["rows_checked"]],
        ["Rader i karantän", s["rows_quarantined"]],
    ])
    _sheet(wb, "Volymer", ["Månad", "Enhet", "Kategori", "Kategori (text)", "Antal"],
           [[r["month"], r["unit"], r["category"], CATEGORY_LABELS.get(r["category"], r["category"]), r["contacts"]]
            for r in data["volumes"]])
    share_header = ["Vårdkontakter", "Distanskontakter", "Andel distans", "Ersätter besök",
                    "Andel ersätter besök", "SOB", "Andel SOB"]

    def share(r):
        return [r["care_contacts"], r["distance"], r["distance"] / r["care_contacts"] if r["care_contacts"] else None,
                r["replacing"], r["replacing"] / r["distance"] if r["distance"] else None,
                r["sob"], r["sob"] / r["distance"] if r["distance"] else None]

    _sheet(wb, "Per månad", ["Månad"] + share_header, [[r["month"]] + share(r) for r in data["by_month"]])
    _sheet(wb, "Per enhet", ["Enhet"] + share_header, [[r["unit"]] + share(r) for r in data["by_unit"]])
    _sheet(wb, "Regler", ["Id", "Regel", "Allvarlighet", "Avvikelser", "Berörda rader", "Andel", "Tröskel",
                          "Avsnitt", "Förklaring"],
           [[r.id, r.title_sv, r.severity, s["findings_per_rule"][r.id], s["eligible_per_rule"][r.id],
             s["findings_per_rule"][r.id] / s["eligible_per_rule"][r.id] if s["eligible_per_rule"][r.id] else None,
             r.threshold, r.section, r.explanation_sv] for r in rules.rules])
    for key, label in (("month", "Månad"), ("unit", "Enhet")):
        long_rows = []
        for x in data[f"rules_by_{key}"]:
            for r in rules.rules:
                f, e = x[f"f_{r.id}"], x[f"e_{r.id}"]
                long_rows.append([x[key], r.id, f, e, f / e if e else None])
        title = "Regler per månad" if key == "month" else "Regler per enhet"
        _sheet(wb, title, [label, "Regel", "Avvikelser", "Berörda rader", "Andel"], long_rows)
    for ws in wb.worksheets:
        for col in ws.iter_cols(min_row=1, max_row=1):
            ws.column_dimensions[col[0].column_letter].width = max(12, min(40, len(str(col[0].value)) + 4))
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, float) and cell.value <= 1 and ws.cell(1, cell.column).value in (
                        "Andel", "Andel distans", "Andel ersätter besök", "Andel SOB", "Tröskel"):
                    cell.number_format = "0.0%"
    wb.save(path)
