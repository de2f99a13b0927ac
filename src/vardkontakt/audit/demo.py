"""Synthetic extracts with known faults, and the findings they must produce.

The generator builds *episodes*: a patient's contacts on one day. Each
(patient, day) pair belongs to exactly one episode, so a call and a visit only
meet on the same day when an episode puts them there. That makes the triage
check's expected findings known by construction, as are the malformed rows,
duplicates and unknown contact types. The expected findings of the single-row
rules are derived from the generated field values with plain numpy predicates,
a second implementation of those rules independent of the SQL.

Everything is vectorised (numpy + pyarrow), deterministic for a seed, and the
format follows the file extension (.csv or .parquet).
"""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np

from .errors import InputError
from .spec import EXTRACT_COLUMNS

MIN_ROWS = 60
CATS = [
    "physical_visit", "phone_call", "phone_replaces_visit", "video_visit", "text_replaces_visit",
    "text_message", "staff_about_patient", "note", "triage",
]
C = {c: i for i, c in enumerate(CATS)}
CAT_P = [0.36, 0.19, 0.10, 0.06, 0.06, 0.10, 0.05, 0.05, 0.03]
VISIT_REPLACING = [C["video_visit"], C["phone_replaces_visit"], C["text_replaces_visit"]]
PATIENT = [C["video_visit"], C["phone_replaces_visit"], C["phone_call"], C["text_replaces_visit"], C["text_message"]]
UNITS = [
    "VC Lund Nord", "VC Malmö Centrum", "VC Helsingborg Söder", "VC Kristianstad", "VC Ystad",
    "VC Trelleborg", "VC Landskrona", "VC Hässleholm", "VC Eslöv", "VC Ängelholm",
    "Psykiatri Lund", "Psykiatri Malmö", "BUP Helsingborg", "Diabetesmott. SUS Malmö",
    "Hjärtmott. SUS Lund", "Hudmott. Helsingborg", "Ortopedmott. Hässleholm", "Smärtmott. Lund",
]
BOOL_WORDS = [("true", "false"), ("1", "0"), ("ja", "nej"), ("True", "False"), ("JA", "NEJ")]
BOOL_STYLE_P = [0.6, 0.15, 0.15, 0.05, 0.05]
RULE_IDS = (
    "invalid_row", "duplicate_contact_id", "unknown_contact_type", "journal_missing", "sob_without_journal",
    "sob_marking_missing", "sob_marking_unexpected", "video_without_identity", "triage_expected",
)


def _type_names(codebook_spec) -> np.ndarray:
    """names[system, category] with the rule base's spelling ('' where none)."""
    names = np.empty((2, len(CATS)), dtype=object)
    names[:] = ""
    for name, cat in codebook_spec.categories.items():
        if name in C:
            names[0, C[name]] = cat.pmo or ""
            names[1, C[name]] = cat.pasis or ""
    names[:, C["physical_visit"]] = "Besök"
    return names


def _bool_text(rng, values: np.ndarray):
    import pyarrow as pa

    style = rng.choice(len(BOOL_WORDS), size=len(values), p=BOOL_STYLE_P)
    vocab = pa.array([w for pair in BOOL_WORDS for w in pair])
    return vocab.take(pa.array(style * 2 + (~values).astype(np.int64)))


def _ids(prefix: str, numbers: np.ndarray):
    import pyarrow as pa
    import pyarrow.compute as pc

    return pc.binary_join_element_wise(pa.scalar(prefix), pc.cast(pa.array(numbers), pa.string()), "")


def _coprime_stride(m: int, rng) -> int:
    s = int(rng.integers(m // 3 + 1, max(m // 3 + 2, m - 1))) | 1
    while math.gcd(s, m) != 1:
        s += 2
    return s


def generate_demo(n: int, out: str | Path, seed: int = 0) -> tuple[Path, Path]:
    """Write an extract of exactly n rows to `out` and its truth to `out + '.truth.csv'`."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pcsv
    import pyarrow.parquet as pq

    from ..rules import default_rulebook

    out = Path(out)
    fmt = out.suffix.lower()
    if fmt not in (".csv", ".parquet"):
        raise InputError(f"okänt filformat '{out.suffix or '(inget)'}' för {out}; tillåtna: .csv, .parquet")
    if n < MIN_ROWS:
        raise InputError(f"antal rader måste vara minst {MIN_ROWS} för att alla regler ska få fel, fick {n}")
    rng = np.random.default_rng(seed)
    names = _type_names(default_rulebook().current.spec)

    n_bad = max(4, n // 200)
    n_dup = max(3, n // 300)
    rest = n - n_bad - n_dup
    n_pairs = max(5, rest * 4 // 100)
    n_single = rest - 2 * n_pairs
    n_episodes = n_single + n_pairs

    # ---- episodes: unique (patient, day) --------------------------------
    days = 366
    n_patients = max(20, n_episodes // 5)
    m = n_patients * days
    stride = _coprime_stride(m, rng)
    combo = (rng.permutation(n_episodes).astype(np.int64) * stride + int(rng.integers(m))) % m
    ep_patient, ep_day = combo // days, combo % days
    home_unit = rng.integers(0, len(UNITS), n_patients)
    ep_unit = np.where(rng.random(n_episodes) < 0.85, home_unit[ep_patient], rng.integers(0, len(UNITS), n_episodes))
    ep_system = (ep_unit * 7 + 3) % 11 < 6  # True = PMO; a unit mostly uses one system
    ep_system = np.where(rng.random(n_episodes) < 0.1, ~ep_system, ep_system)

    # ---- single-contact episodes ------------------------------------------
    s = slice(0, n_single)
    cat = rng.choice(len(CATS), size=n_single, p=CAT_P)
    pmo = ep_system[s].copy()
    cat = np.where((~pmo) & (cat == C["note"]), C["text_message"], cat)
    minute = rng.integers(7 * 60, 18 * 60, n_single)
    is_patient = np.isin(cat, PATIENT)
    sob = is_patient & (rng.random(n_single) < 0.08)
    journal = np.where(np.isin(cat, VISIT_REPLACING + [C["physical_visit"]]) | sob, True, rng.random(n_single) < 0.6)
    identity = np.where(cat == C["video_visit"], np.where(rng.random(n_single) < 0.8, 1, -1),
                        rng.choice([-1, 1, 0], size=n_single, p=[0.9, 0.08, 0.02]))  # -1 = empty
    marking = sob.copy()
    unknown = rng.random(n_single) < 0.005
    r = rng.random(n_single)
    journal = np.where(np.isin(cat, VISIT_REPLACING) & (r < 0.02), False, journal)
    journal = np.where(sob & (r > 0.90), False, journal)
    marking = np.where(sob & (r > 0.80) & (r <= 0.90), False, marking)
    marking = np.where(~sob & (rng.random(n_single) < 0.01), True, marking)
    identity = np.where((cat == C["video_visit"]) & (rng.random(n_single) < 0.05), 0, identity)
    # Forced cases, so even a small file has every fault and the near misses.
    forced = [
        # (category, pmo, sob, journal, marking, identity, unknown)
        ("phone_call", True, False, True, False, -1, True),
        ("phone_call", False, False, True, False, -1, True),
        ("video_visit", True, False, True, False, 0, False),
        ("phone_replaces_visit", False, False, False, False, -1, False),
        ("video_visit", False, True, False, True, 1, False),
        ("phone_call", False, True, True, False, -1, False),
        ("phone_call", True, True, True, False, -1, False),
        ("physical_visit", True, False, True, True, -1, False),
        ("text_message", False, False, True, True, -1, False),
        ("video_visit", True, False, True, False, -1, False),
        ("triage", True, True, True, False, -1, False),
    ]
    for i, (fc, fp, fs, fj, fm, fi, fu) in enumerate(forced):
        cat[i], pmo[i], sob[i], journal[i], marking[i], identity[i], unknown[i] = C[fc], fp, fs, fj, fm, fi, fu
    ep_system[:n_single] = pmo

    # ---- pair episodes: a call and a visit the same day -------------------
    variant = rng.choice(5, size=n_pairs, p=[0.55, 0.25, 0.08, 0.07, 0.05])
    variant[:5] = [0, 1, 2, 3, 4]
    # 0 Triage then visit; 1 call then visit (fault); 2 visit before the call;
    # 3 visit at another unit; 4 visit at the very same minute.
    p_ep = slice(n_single, n_episodes)
    call_min = rng.integers(7 * 60, 12 * 60, n_pairs)
    visit_min = call_min + rng.integers(30, 300, n_pairs)
    visit_min = np.where(variant == 2, call_min - rng.integers(30, 300, n_pairs), visit_min)
    visit_min = np.where(variant == 4, call_min, visit_min)
    call_cat = np.where(variant == 0, C["triage"], C["phone_call"])
    visit_unit = np.where(variant == 3, (ep_unit[p_ep] + 1) % len(UNITS), ep_unit[p_ep])

    # ---- assemble the valid rows: singles, calls, visits -------------------
    R = n_single + 2 * n_pairs
    ep_of_row = np.concatenate([np.arange(n_single), np.arange(n_single, n_episodes), np.arange(n_single, n_episodes)])
    row_cat = np.concatenate([cat, call_cat, np.full(n_pairs, C["physical_visit"])])
    row_pmo = ep_system[ep_of_row]
    row_unit = np.concatenate([ep_unit[:n_single], ep_unit[p_ep], visit_unit])
    row_min = np.concatenate([minute, call_min, visit_min])
    row_sob = np.concatenate([sob, np.zeros(2 * n_pairs, bool)])
    row_journal = np.concatenate([journal, rng.random(n_pairs) < 0.6, np.ones(n_pairs, bool)])
    row_marking = np.concatenate([marking, np.zeros(2 * n_pairs, bool)])
    row_identity = np.concatenate([identity, np.full(2 * n_pairs, -1)])
    row_unknown = np.concatenate([unknown, np.zeros(2 * n_pairs, bool)])
    row_triage = np.concatenate([np.zeros(n_single, bool), variant == 1, np.zeros(n_pairs, bool)])
    epoch_min = (np.datetime64("2024-01-01T00:00", "m").astype(np.int64)
                 + ep_day[ep_of_row] * 1440 + row_min)

    type_idx = np.where(row_pmo, 0, 1) * len(CATS) + row_cat
    flat_names = names.reshape(-1)
    vocab = list(dict.fromkeys(list(flat_names) + ["TE", "Videobesök", "Telefon", "Telefonsamtal", "KX", "Kommentar"]))
    code = {v: i for i, v in enumerate(vocab)}
    name_idx = np.array([code[v] for v in flat_names])[type_idx]
    foreign_pmo = np.array([code["TE"], code["Videobesök"], code["Telefon"]])
    foreign_pasis = np.array([code["Telefonsamtal"], code["KX"], code["Kommentar"]])
    pick = rng.integers(0, 3, R)
    name_idx = np.where(row_unknown, np.where(row_pmo, foreign_pmo[pick], foreign_pasis[pick]), name_idx)
    ctype = pa.array(vocab).take(pa.array(name_idx))
    rc = rng.random(R)
    ctype = pc.if_else(pa.array(rc < 0.04), pc.utf8_lower(ctype), ctype)
    ctype = pc.if_else(pa.array((rc >= 0.04) & (rc < 0.06)), pc.utf8_upper(ctype), ctype)
    ctype = pc.if_else(pa.array((rc >= 0.06) & (rc < 0.09)),
                       pc.binary_join_element_wise(" ", ctype, "  ", ""), ctype)

    # attributes / KVÅ codes carrying (or not) the SOB marking of the system
    pmo_attr_vocab = pa.array(["", "Uteblivit", "SOB", "sob", " SOB"])
    attr_i = np.where(row_pmo & row_marking, rng.integers(2, 5, R),
                      np.where(row_pmo & (row_cat == C["note"]) & (rng.random(R) < 0.3), 1, 0))
    attr_i = np.where(~row_pmo & (rng.random(R) < 0.01), 2, attr_i)  # SOB in PASiS means nothing
    attributes = pmo_attr_vocab.take(pa.array(attr_i))
    kva_vocab = pa.array(["", "XS012", "AU124;DV024", "UW040", "XS012;UW040", "uw040 ; AU124"])
    kva_i = np.where(~row_pmo & row_marking, rng.integers(3, 6, R), rng.choice(3, size=R, p=[0.7, 0.2, 0.1]))
    kva_i = np.where(row_pmo & (rng.random(R) < 0.01), 3, kva_i)  # UW040 in PMO means nothing
    kva = kva_vocab.take(pa.array(kva_i))

    ts = pa.array(epoch_min.astype("datetime64[m]").astype("datetime64[s]"))
    fmt_i = rng.choice(4, size=R, p=[0.7, 0.1, 0.1, 0.1])
    time_text = pc.strftime(ts, "%Y-%m-%d %H:%M")
    time_text = pc.if_else(pa.array(fmt_i == 1), pc.strftime(ts, "%Y-%m-%dT%H:%M"), time_text)
    time_text = pc.if_else(pa.array(fmt_i == 2), pc.strftime(ts, "%Y-%m-%d %H:%M:%S"), time_text)
    time_text = pc.if_else(pa.array(fmt_i == 3), pc.strftime(ts, "%Y-%m-%dT%H:%M:%S"), time_text)

    ident_vocab = pa.array(["", "false", "true", "nej", "ja", "0", "1"])
    ident_style = rng.integers(0, 3, R)
    ident_i = np.where(row_identity == -1, 0, 1 + ident_style * 2 + (row_identity == 1))

    contact_num = rng.permutation(R).astype(np.int64) + 10_000_000
    patient_num = ep_patient[ep_of_row] * 7 + 1_000_003  # synthetic, not personal numbers
    table = pa.table({
        "contact_id": _ids("K", contact_num),
        "patient_id": _ids("P", patient_num),
        "unit_id": pa.array(UNITS).take(pa.array(row_unit)),
        "system": pa.array(["PASiS", "PMO"]).take(pa.array(row_pmo.astype(np.int64))),
        "start_time": time_text,
        "contact_type": ctype,
        "attributes": attributes,
        "kva_codes": kva,
        "journal_note": _bool_text(rng, row_journal),
        "sob_program": _bool_text(rng, row_sob),
        "identity_verified": ident_vocab.take(pa.array(ident_i)),
    })

    # ---- expected findings of the valid rows -------------------------------
    known = ~row_unknown
    is_pat = np.isin(row_cat, PATIENT)
    row_rules = {
        "unknown_contact_type": row_unknown,
        "journal_missing": known & np.isin(row_cat, VISIT_REPLACING) & ~row_journal,
        "sob_without_journal": known & is_pat & row_sob & ~row_journal,
        "sob_marking_missing": known & is_pat & row_sob & ~row_marking,
        "sob_marking_unexpected": known & ~row_sob & row_marking,
        "video_without_identity": known & (row_cat == C["video_visit"]) & (row_identity == 0),
        "triage_expected": known & row_triage,
    }

    # ---- duplicates: exact copies placed right after the original ----------
    orig = rng.choice(R, size=n_dup, replace=False)
    dups = table.take(pa.array(orig))
    pad = rng.random(n_dup) < 0.3
    dups = dups.set_column(0, "contact_id", pc.if_else(
        pa.array(pad), pc.binary_join_element_wise(" ", dups["contact_id"], " ", ""), dups["contact_id"]))

    # ---- malformed rows -----------------------------------------------------
    bad_src = rng.integers(0, R, n_bad)
    bad = table.take(pa.array(bad_src)).to_pydict()
    bad_kind = rng.integers(0, 10, n_bad)
    bad_kind[: min(n_bad, 10)] = np.arange(min(n_bad, 10))
    bad_ids = (rng.permutation(n_bad) + 90_000_000).tolist()
    reuse = rng.random(n_bad) < 0.3  # invalid rows never count as duplicates
    for i, k in enumerate(bad_kind.tolist()):
        bad["contact_id"][i] = bad["contact_id"][i] if reuse[i] else f"K{bad_ids[i]}"
        bad["patient_id"][i] = f"P{2_000_000 + i}"
        if k == 0:
            bad["contact_id"][i] = ""
        elif k == 1:
            bad["patient_id"][i] = " "
        elif k == 2:
            bad["unit_id"][i] = ""
        elif k == 3:
            bad["contact_type"][i] = "  "
        elif k == 4:
            bad["system"][i] = ["Cosmic", "PAS", "", "PMO2"][i % 4]
        elif k == 5:
            bad["start_time"][i] = ["2024-02-30 10:00", "05/01/2024 10:00", "", "2024-01-05", "igår"][i % 5]
        elif k == 6:
            bad["journal_note"][i] = ["kanske", "", "yes"][i % 3]
        elif k == 7:
            bad["sob_program"][i] = ["nja", "", "2"][i % 3]
        elif k == 8:
            bad["identity_verified"][i] = ["okänd", "?", "N"][i % 3]
        else:
            bad["contact_id"][i] = ""
            bad["system"][i] = "X"
    bad = pa.table(bad)
    bad_min = epoch_min[bad_src] + rng.integers(-600, 600, n_bad)

    # ---- file order: by time; copies right after their originals -----------
    full = pa.concat_tables([table, dups, bad])
    key = np.concatenate([epoch_min, epoch_min[orig], bad_min])
    tie = np.concatenate([np.arange(R) * 2, orig * 2 + 1, rng.integers(0, 2 * R, n_bad) * 2])
    perm = np.lexsort((tie, key))
    full = full.take(pa.array(perm))
    line_of = np.empty(len(perm), dtype=np.int64)
    line_of[perm] = np.arange(1, len(perm) + 1)

    truth_lines, truth_rules = [], []
    for rule, mask in row_rules.items():
        idx = np.nonzero(mask)[0]
        truth_lines.append(line_of[idx])
        truth_rules.append(np.full(len(idx), RULE_IDS.index(rule)))
    truth_lines.append(line_of[R : R + n_dup])
    truth_rules.append(np.full(n_dup, RULE_IDS.index("duplicate_contact_id")))
    truth_lines.append(line_of[R + n_dup :])
    truth_rules.append(np.full(n_bad, RULE_IDS.index("invalid_row")))
    t_line = np.concatenate(truth_lines)
    t_rule = np.concatenate(truth_rules)
    rule_names = pa.array(RULE_IDS).take(pa.array(t_rule))
    order = np.lexsort((rule_names.to_numpy(zero_copy_only=False), t_line))
    t_line = t_line[order]
    truth = pa.table({
        "line": pa.array(t_line),
        "contact_id": pc.utf8_trim(full["contact_id"].take(pa.array(t_line - 1)), " "),
        "rule": rule_names.take(pa.array(order)),
    })
    assert full.num_rows == n

    if fmt == ".csv":
        pcsv.write_csv(full, str(out), write_options=pcsv.WriteOptions(quoting_style="needed"))
    else:
        pq.write_table(full, str(out), row_group_size=1_000_000)
    truth_path = Path(str(out) + ".truth.csv")
    pcsv.write_csv(truth, str(truth_path), write_options=pcsv.WriteOptions(quoting_style="needed"))
    return out, truth_path
