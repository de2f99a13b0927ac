"""Input formats of an extract: CSV (UTF-8, header), Parquet, Excel .xlsx.

Engines read CSV and Parquet natively. Excel files are small by nature (a sheet
holds at most about a million rows), so they are read here with openpyxl into an
Arrow table of strings that every engine can take.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from .errors import InputError
from .spec import EXTRACT_COLUMNS

FORMATS = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet", ".xlsx": "xlsx"}


def detect_format(path: str | Path) -> str:
    path = Path(path)
    if not path.exists():
        raise InputError(f"filen finns inte: {path}")
    if path.is_dir():
        raise InputError(f"{path} är en katalog, inte en fil")
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(
            f"okänt filformat '{path.suffix or '(inget)'}' för {path}; tillåtna: .csv, .parquet, .xlsx"
        )
    return fmt


def check_columns(path: str | Path, columns: list[str]) -> None:
    missing = [c for c in EXTRACT_COLUMNS if c not in columns]
    if missing:
        raise InputError(f"{path}: kolumner saknas: {', '.join(missing)}")


def _cell_text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx(path: str | Path):
    """First sheet as an Arrow table: `line` plus the extract columns as strings."""
    import pyarrow as pa
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for broken files
        raise InputError(f"{path}: kan inte läsas som Excel-fil (.xlsx): {type(exc).__name__}") from None
    try:
        ws = wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header = next(rows, None)
        if header is None:
            raise InputError(f"{path}: första bladet är tomt; en rubrikrad krävs")
        names = [str(h).strip() if h is not None else "" for h in header]
        check_columns(path, names)
        index = {c: names.index(c) for c in EXTRACT_COLUMNS}
        data: dict[str, list] = {c: [] for c in EXTRACT_COLUMNS}
        pending_empty = 0
        for row in rows:
            cells = [_cell_text(row[index[c]]) if index[c] < len(row) else None for c in EXTRACT_COLUMNS]
            if all(v is None for v in cells):
                pending_empty += 1  # trailing empty rows are not data; inner ones are
                continue
            for _ in range(pending_empty):
                for c in EXTRACT_COLUMNS:
                    data[c].append(None)
            pending_empty = 0
            for c, v in zip(EXTRACT_COLUMNS, cells):
                data[c].append(v)
    finally:
        wb.close()
    n = len(data["contact_id"])
    arrays = {"line": pa.array(range(1, n + 1), pa.int64())}
    arrays.update({c: pa.array(data[c], pa.string()) for c in EXTRACT_COLUMNS})
    return pa.table(arrays)
