"""Self-contained Swedish HTML report with inline SVG charts (no network)."""
from __future__ import annotations

from html import escape

from .build import CATEGORY_LABELS

PALETTE = ["#1f5fa8", "#d9822b", "#2e8540", "#8e44ad", "#c0392b", "#16a085", "#7f8c8d", "#b7950b", "#34495e"]

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b;line-height:1.45}
h1{font-size:1.7rem}h2{margin-top:2.2rem;border-bottom:2px solid #1f5fa8;padding-bottom:.2rem}
table{border-collapse:collapse;margin:.8rem 0;font-size:.92rem}caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border:1px solid #bbb;padding:.3rem .55rem;text-align:right}th[scope=row],td.t{text-align:left}
thead th{background:#e8eef6}.over{background:#fde2e1;font-weight:600}.note{color:#444;font-size:.9rem}
figure{margin:1rem 0}figcaption{font-size:.9rem;color:#333}svg text{font-size:11px;fill:#1b1b1b}
.wrap{overflow-x:auto}
"""


def _pct(num: int, den: int) -> str:
    return f"{100 * num / den:.1f} %" if den else "–"


def _table(caption: str, header: list[str], rows: list[list], first_is_header=True, classes=None) -> str:
    out = [f'<div class="wrap"><table><caption>{escape(caption)}</caption><thead><tr>']
    out += [f'<th scope="col">{escape(h)}</th>' for h in header]
    out.append("</tr></thead><tbody>")
    for i, r in enumerate(rows):
        out.append("<tr>")
        for j, v in enumerate(r):
            cls = f' class="{classes[i][j]}"' if classes and classes[i][j] else ""
            text = escape(str(v))
            if j == 0 and first_is_header:
                out.append(f'<th scope="row"{cls}>{text}</th>')
            else:
                out.append(f"<td{cls}>{text}</td>")
        out.append("</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def _svg_open(ident: str, title: str, desc: str, w: int, h: int) -> str:
    return (
        f'<svg role="img" aria-labelledby="{ident}-t {ident}-d" viewBox="0 0 {w} {h}" width="100%" '
        f'style="max-width:{w}px" xmlns="http://www.w3.org/2000/svg"><title id="{ident}-t">{escape(title)}</title>'
        f'<desc id="{ident}-d">{escape(desc)}</desc>'
    )


LEGEND = 250  # px right of the plot for legend entries; long Swedish category names must fit


def stacked_bars(ident, title, desc, months, series: dict[str, list[int]]) -> str:
    w, h, left, bottom, top = 900, 300, 55, 40, 15
    totals = [sum(vals[i] for vals in series.values()) for i in range(len(months))]
    peak = max(totals + [1])
    bw = (w - left - LEGEND - 10) / max(len(months), 1)
    out = [_svg_open(ident, title, desc, w, h)]
    for k in range(5):
        y = top + (h - top - bottom) * (1 - k / 4)
        out.append(f'<line x1="{left}" x2="{w - LEGEND - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
                   f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{round(peak * k / 4)}</text>')
    for i, m in enumerate(months):
        base = 0
        for s, (name, vals) in enumerate(series.items()):
            v = vals[i]
            y0 = top + (h - top - bottom) * (1 - (base + v) / peak)
            hh = (h - top - bottom) * v / peak
            out.append(f'<rect x="{left + i * bw + 2:.1f}" y="{y0:.1f}" width="{bw - 4:.1f}" height="{hh:.1f}" '
                       f'fill="{PALETTE[s % len(PALETTE)]}"><title>{escape(m)} {escape(name)}: {v}</title></rect>')
            base += v
        out.append(f'<text x="{left + (i + .5) * bw:.1f}" y="{h - bottom + 16}" text-anchor="middle">{escape(m[2:])}</text>')
    for s, name in enumerate(series):
        y = top + 16 * s
        out.append(f'<rect x="{w - LEGEND}" y="{y}" width="10" height="10" fill="{PALETTE[s % len(PALETTE)]}"/>'
                   f'<text x="{w - LEGEND + 15}" y="{y + 9}">{escape(name)}</text>')
    out.append("</svg>")
    return "".join(out)


def line_chart(ident, title, desc, months, series: dict[str, list[float | None]], percent=True) -> str:
    w, h, left, bottom, top = 900, 260, 55, 40, 15
    vals = [v for s in series.values() for v in s if v is not None]
    peak = max(vals + [0.01]) * 1.1
    step = (w - left - LEGEND - 20) / max(len(months) - 1, 1)
    out = [_svg_open(ident, title, desc, w, h)]
    for k in range(5):
        y = top + (h - top - bottom) * (1 - k / 4)
        label = f"{100 * peak * k / 4:.0f} %" if percent else f"{peak * k / 4:.0f}"
        out.append(f'<line x1="{left}" x2="{w - LEGEND - 20}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
                   f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{label}</text>')
    for i, m in enumerate(months):
        out.append(f'<text x="{left + i * step:.1f}" y="{h - bottom + 16}" text-anchor="middle">{escape(m[2:])}</text>')
    for s, (name, ys) in enumerate(series.items()):
        color = PALETTE[s % len(PALETTE)]
        pts = [(left + i * step, top + (h - top - bottom) * (1 - v / peak)) for i, v in enumerate(ys) if v is not None]
        if pts:
            out.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="'
                       + " ".join(f"{x:.1f},{y:.1f}" for x, y in pts) + '"/>')
        for (x, y), v, m in zip(pts, [v for v in ys if v is not None], [m for m, v in zip(months, ys) if v is not None]):
            out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{color}"><title>{escape(m)} {escape(name)}: '
                       f'{100 * v:.1f} %</title></circle>')
        out.append(f'<rect x="{w - LEGEND}" y="{top + 16 * s}" width="10" height="10" fill="{color}"/>'
                   f'<text x="{w - LEGEND + 15}" y="{top + 16 * s + 9}">{escape(name)}</text>')
    out.append("</svg>")
    return "".join(out)


def render_html(data: dict, rules, source_name: str) -> str:
    s = data["summary"]
    months = [r["month"] for r in data["by_month"]]
    cats = [r["category"] for r in data["by_category"]]
    vol = {(r["month"], r["category"]): 0 for r in data["volumes"]}
    for r in data["volumes"]:
        vol[(r["month"], r["category"])] = vol.get((r["month"], r["category"]), 0) + r["contacts"]
    parts = [
        '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Uppföljning av distanskontakter – {escape(source_name)}</title><style>{CSS}</style></head><body><main>",
        f"<h1>Uppföljning av distanskontakter</h1><p>Uttag: <strong>{escape(source_name)}</strong>. "
        f"Rader lästa: {s['rows_read']}, granskade: {s['rows_checked']}, i karantän: {s['rows_quarantined']}.</p>",
        '<p class="note">Rapporten innehåller inga patientuppgifter. Distanskontakter är video, telefon och text '
        "med patient eller företrädare (fem kontakttyper). Andelen distanskontakter räknas bland vårdkontakterna, "
        "det vill säga distanskontakter och fysiska besök (Besök). Triage, kommentarer och kontakter med personal "
        "räknas inte som vårdkontakter.</p>",
        "<h2>Volymer per månad och kategori</h2>",
        "<figure>" + stacked_bars(
            "vol", "Antal kontakter per månad och kategori",
            "Staplat stapeldiagram; siffrorna finns i tabellen nedan.", months,
            {CATEGORY_LABELS.get(c, c): [vol.get((m, c), 0) for m in months] for c in cats},
        ) + "<figcaption>Antal granskade kontakter per månad, fördelat på kategori.</figcaption></figure>",
        _table("Antal kontakter per månad och kategori", ["Månad"] + [CATEGORY_LABELS.get(c, c) for c in cats],
               [[m] + [vol.get((m, c), 0) for c in cats] for m in months]),
        "<h2>Andelar per månad</h2>",
    ]
    bm = data["by_month"]
    parts.append("<figure>" + line_chart(
        "share", "Andelar per månad",
        "Linjediagram över andel distanskontakter, andel som ersätter besök och andel SOB; siffrorna finns i tabellen.",
        months, {
            "Distans av vårdkontakter": [r["distance"] / r["care_contacts"] if r["care_contacts"] else None for r in bm],
            "Ersätter besök av distans": [r["replacing"] / r["distance"] if r["distance"] else None for r in bm],
            "SOB av distans": [r["sob"] / r["distance"] if r["distance"] else None for r in bm],
        }) + "<figcaption>Andel distanskontakter, andel som ersätter besök och andel inom Stöd och behandling.</figcaption></figure>")
    share_header = ["Vårdkontakter", "Distanskontakter", "Andel distans", "Ersätter besök", "Andel ersätter besök", "SOB", "Andel SOB"]

    def share_row(r):
        return [r["care_contacts"], r["distance"], _pct(r["distance"], r["care_contacts"]), r["replacing"],
                _pct(r["replacing"], r["distance"]), r["sob"], _pct(r["sob"], r["distance"])]

    parts.append(_table("Andelar per månad", ["Månad"] + share_header, [[r["month"]] + share_row(r) for r in bm]))
    parts.append("<h2>Andelar per enhet</h2>")
    parts.append(_table("Andelar per enhet", ["Enhet"] + share_header, [[r["unit"]] + share_row(r) for r in data["by_unit"]]))

    parts.append("<h2>Granskningsregler</h2>")
    rows, classes = [], []
    for r in rules.rules:
        f, e = s["findings_per_rule"][r.id], s["eligible_per_rule"][r.id]
        over = e and f / e > r.threshold
        rows.append([r.title_sv, r.id, r.severity, f, e, _pct(f, e), f"{100 * r.threshold:.1f} %", r.section])
        classes.append(["", "t", "t", "", "", "over" if over else "", "", "t"])
    parts.append(_table("Avvikelser per regel (andel = avvikelser / berörda rader); rött = över tröskeln",
                        ["Regel", "Id", "Allvarlighet", "Avvikelser", "Berörda rader", "Andel", "Tröskel",
                         "Avsnitt i anvisningen"], rows, classes=classes))
    parts.append("<dl>" + "".join(f"<dt>{escape(r.title_sv)}</dt><dd>{escape(r.explanation_sv)}</dd>" for r in rules.rules) + "</dl>")
    rm = [r for r in data["rules_by_month"] if r["month"] != "okänd"]
    rm_months = [r["month"] for r in rm]
    parts.append("<figure>" + line_chart(
        "trend", "Andel avvikelser per regel och månad",
        "Linjediagram med en linje per regel; siffrorna finns i tabellen nedan.", rm_months,
        {r.title_sv: [x[f"f_{r.id}"] / x[f"e_{r.id}"] if x[f"e_{r.id}"] else None for x in rm] for r in rules.rules},
    ) + "<figcaption>Trend: andel avvikelser per regel och månad.</figcaption></figure>")
    parts.append(_table(
        "Avvikelser per regel och månad (avvikelser / berörda rader)", ["Månad"] + [r.title_sv for r in rules.rules],
        [[x["month"]] + [f'{x[f"f_{r.id}"]} / {x[f"e_{r.id}"]} ({_pct(x[f"f_{r.id}"], x[f"e_{r.id}"])})'
                         for r in rules.rules] for x in data["rules_by_month"]]))
    parts.append(_table(
        "Avvikelser per regel och enhet", ["Enhet"] + [r.title_sv for r in rules.rules],
        [[x["unit"]] + [f'{x[f"f_{r.id}"]} ({_pct(x[f"f_{r.id}"], x[f"e_{r.id}"])})' for r in rules.rules]
         for x in data["rules_by_unit"]]))
    parts.append("</main></body></html>\n")
    return "".join(parts)
