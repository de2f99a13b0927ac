"""Benchmark of `vardkontakt classify` on the held-out evaluation set.

    .venv/bin/python bench/bench_classify.py            # held-out figures (set 1)
    .venv/bin/python bench/bench_classify.py --file tests/data/classify_heldout21.jsonl
                                                        # another evaluation set; sets 2-20 are development
                                                        # data since their one blind run (docs/classify.md)
    .venv/bin/python bench/bench_classify.py --compare  # also method comparison on the training part
    .venv/bin/python bench/bench_classify.py --reader-cv
                                                        # 5-fold CV of the per-fact readers (and the signal)
                                                        # on the development texts (training file, sets 2-20)
    .venv/bin/python bench/bench_classify.py --signal-cv
                                                        # 5-fold CV of the confidence signal on the
                                                        # development texts
    .venv/bin/python bench/bench_classify.py --propose-cv
                                                        # leave-one-writer-out figures for the category
                                                        # proposals (slow: refits all models per writer)

Scoring (see docs/classify.md):
  * a text labelled with a category is correct when classify returns that
    category; abstaining on it counts as an abstention; any other category is
    confident-wrong;
  * a text labelled expected-abstain is correct when classify abstains;
    returning any category is confident-wrong.
  accuracy = correct / all texts; abstention rate = abstentions / texts with a
  category; confident-wrong rate = confident-wrong / all texts.
Latency is measured per text after loading, pinned to one CPU core where the
OS allows it. Load time is measured in a fresh interpreter.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "data" / "classify_heldout.jsonl"
ABSTAIN = "(abstain)"


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(records: list[dict], predictions: list[str | None]) -> dict:
    correct = abstained = wrong = answerable = 0
    confusion: dict[str, Counter] = defaultdict(Counter)
    wrong_items = []
    for r, pred in zip(records, predictions):
        expected = r["category"]
        confusion[expected or ABSTAIN][pred or ABSTAIN] += 1
        if expected is not None:
            answerable += 1
        if pred == expected:
            correct += 1
        elif pred is None:
            abstained += 1
            wrong_items.append((r["id"], expected, None, r["text"]))
        else:
            wrong += 1
            wrong_items.append((r["id"], expected, pred, r["text"]))
    n = len(records)
    return {
        "n": n,
        "answerable": answerable,
        "accuracy": correct / n,
        "abstention_rate": abstained / max(1, answerable),
        "confident_wrong_rate": wrong / n,
        "confusion": confusion,
        "misses": wrong_items,
    }


def print_score(title: str, s: dict, show_confusion: bool = True, show_misses: bool | None = None) -> None:
    print(f"\n== {title}: {s['n']} texts ({s['answerable']} with a category, {s['n'] - s['answerable']} expected-abstain)")
    print(f"accuracy            {s['accuracy']:.1%}")
    print(f"abstention rate     {s['abstention_rate']:.1%}  (of texts with a category)")
    print(f"confident-wrong     {s['confident_wrong_rate']:.1%}")
    if show_confusion:
        labels = sorted({*s["confusion"], *(p for row in s["confusion"].values() for p in row)}, key=_order)
        short = {lab: lab[:8] for lab in labels}
        print("\nconfusion (rows: expected, columns: predicted)")
        print(" " * 22 + " ".join(f"{short[c]:>8}" for c in labels))
        for row in labels:
            if row not in s["confusion"]:
                continue
            print(f"{row:22}" + " ".join(f"{s['confusion'][row][c] or '.':>8}" for c in labels))
    if s["misses"] and (show_confusion if show_misses is None else show_misses):
        print("\nnot correct (id, expected, got, text):")
        for item in s["misses"]:
            print("  ", *item)


def _order(label: str) -> int:
    from vardkontakt.model import CATEGORIES

    return CATEGORIES.index(label) if label in CATEGORIES else len(CATEGORIES)


def fact_checks(records: list[dict], results: list[dict]) -> tuple[int, int, list]:
    """Expected facts, and PMO/PASiS attributes on the texts that were decided, where the record gives them."""
    total = ok = 0
    bad = []
    for r, res in zip(records, results):
        for key, value in (r.get("facts") or {}).items():
            total += 1
            got = res["facts"].get(key, {}).get("value")
            ok += got == value
            if got != value:
                bad.append((r["id"], key, value, got))
        if res["category"] is None:
            continue  # an abstention registers nothing: its attributes are not a mismatch (abstentions are counted above)
        for field, system in (("pmo_attributes", "pmo"), ("pasis_kva", "pasis")):
            if field in r:
                total += 1
                attr = "attributes" if system == "pmo" else "kva"
                # no PMO/PASiS registration at all (a note has no PASiS contact) carries no attributes
                got = (res.get(system) or {}).get(attr) or []
                ok += got == r[field]
                if got != r[field]:
                    bad.append((r["id"], field, r[field], got))
    return ok, total, bad


def pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
            return "pinned to one core"
        except OSError:
            pass
    return "not pinned"


def load_time(repeats: int = 3) -> list[float]:
    code = (
        "import time; t=time.perf_counter(); from vardkontakt.text import classify; "
        "classify('ringde pat'); print(time.perf_counter()-t)"
    )
    out = []
    for _ in range(repeats):
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        out.append(float(res.stdout.strip()))
    return out


def compare_methods() -> None:
    """Method comparison on the training part only (leave-one-out / cross-validation)."""
    from vardkontakt.engine import decide
    from vardkontakt.text._classify import classify_with, model, training_records
    from vardkontakt.text._extract import extract
    from vardkontakt.text._ngram import KNN
    from vardkontakt.text._normalize import normalize

    records = training_records()
    m = model()
    texts = [normalize(r["text"]).text for r in records]
    knn = KNN(texts, [r["category"] or "abstain" for r in records], k=5)
    print("\n#### Method comparison on the training part (held-out not used) ####")
    knn_preds = []
    for i, t in enumerate(texts):
        label, _, _ = knn.predict(t, exclude=i)
        knn_preds.append(None if label in (None, "abstain") else label)
    print_score("char n-gram kNN alone (leave-one-out)", score(records, knn_preds), show_confusion=False)
    lex = [decide({k: f.value for k, f in extract(r["text"]).items()})["category"] for r in records]
    print_score("lexicon facts + engine (lexicon written on these texts: optimistic)", score(records, lex), False)
    hyb = [classify_with(r["text"], m)["category"] for r in records]
    print_score("hybrid as shipped (the signal was fitted on these texts: in-sample)", score(records, hyb), False)
    try:
        import numpy as np
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import StratifiedKFold, cross_val_predict
        from sklearn.pipeline import make_pipeline
    except ImportError:
        print("\n(scikit-learn not installed: skipping TF-IDF + logistic regression)")
        return
    y = np.array([r["category"] or "abstain" for r in records])
    for name, pre in (("raw text", [r["text"].lower() for r in records]), ("normalized text", texts)):
        pipe = make_pipeline(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
            LogisticRegression(max_iter=2000, C=10),
        )
        cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
        proba = cross_val_predict(pipe, pre, y, cv=cv, method="predict_proba")
        classes = np.unique(y)
        for threshold in (0.0, 0.5):
            preds = []
            for row in proba:
                j = int(row.argmax())
                preds.append(None if classes[j] == "abstain" or row[j] < threshold else classes[j])
            print_score(f"TF-IDF char 2-5 + logistic regression, {name} (5-fold CV, abstain if p<{threshold})",
                        score(records, preds), False)
    try:
        import simplemma

        t0 = time.perf_counter()
        lem = [" ".join(simplemma.lemmatize(w, lang="sv", greedy=True) for w in r["text"].lower().split())
               for r in records]
        print(f"\n(simplemma greedy lemmatization of {len(records)} texts incl. load: {time.perf_counter() - t0:.2f} s)")
        pipe = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True), LogisticRegression(max_iter=2000, C=10))
        cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
        proba = cross_val_predict(pipe, lem, y, cv=cv, method="predict_proba")
        classes = np.unique(y)
        preds = [None if classes[int(r.argmax())] == "abstain" or r.max() < 0.5 else classes[int(r.argmax())] for r in proba]
        print_score("simplemma lemmas, word 1-2 gram TF-IDF + logistic regression (5-fold CV)", score(records, preds), False)
    except ImportError:
        print("(simplemma not installed)")


def signal_cv(folds: int = 5) -> None:
    """Out-of-fold figures for the confidence signal: for each fold, the signal is refitted without it."""
    import random

    from vardkontakt.text import _classify, _signal
    from vardkontakt.text._classify import Model, classify_with, model

    recs = _signal.dev_records(ROOT)
    idx = list(range(len(recs)))
    random.Random(0).shuffle(idx)
    parts = [idx[i::folds] for i in range(folds)]
    base = model()
    preds: list[str | None] = [None] * len(recs)
    vetoes = 0
    for part in parts:
        held = set(part)
        d = _signal.fit([recs[i] for i in idx if i not in held])
        sig = _signal.from_dict(d)
        m = Model(sig, base.examples, base.example_index)
        for i in part:
            res = classify_with(recs[i]["text"], m)
            preds[i] = res["category"]
            vetoes += any(n.startswith("textmodellen") for n in res["confidence_notes"])
    print(f"\n#### Confidence signal, {folds}-fold CV on the development texts (VETO_P={_classify.VETO_P}) ####")
    print_score("development texts (training file, sets 2-4), signal out-of-fold", score(recs, preds), False)
    print(f"vetoes {vetoes}")


def reader_cv(folds: int = 5, grid: tuple[float, ...] = (0.8, 0.85, 0.9, 0.95, 0.98)) -> None:
    """Out-of-fold figures for the per-fact readers: per fold, the signal and the readers are refitted without it.

    Baseline = the lexicon, the engine and the out-of-fold signal (no readers); then the readers at each threshold.
    The lexicon itself was written on these texts (set 5 least: one revision), so the baseline is optimistic."""
    import random

    from vardkontakt.text import _readers, _signal
    from vardkontakt.text._classify import Model, classify_with, model

    recs = _readers.dev_records(ROOT)
    idx = list(range(len(recs)))
    random.Random(0).shuffle(idx)
    parts = [idx[i::folds] for i in range(folds)]
    base = model()
    settings = [None, *grid]
    preds: dict[float | None, list[str | None]] = {t: [None] * len(recs) for t in settings}
    filled: dict[float | None, int] = {t: 0 for t in settings}
    for part in parts:
        held = set(part)
        rest = [recs[i] for i in idx if i not in held]
        d = _signal.fit(rest)
        sig = _signal.from_dict(d)
        m = Model(sig, base.examples, base.example_index, _readers.from_dict(_readers.fit(rest)))
        for i in part:
            for t in settings:
                res = classify_with(recs[i]["text"], m, use_readers=t is not None, reader_p=t)
                preds[t][i] = res["category"]
                filled[t] += any(f["evidence"][:1] and f["evidence"][0].startswith("(textmodell")
                                 for f in res["facts"].values())
    print(f"\n#### Per-fact readers, {folds}-fold CV on the development texts (signal and readers out-of-fold) ####")
    set5 = [i for i, r in enumerate(recs) if str(r["id"]).startswith("T5-")]
    for t in settings:
        name = "no readers (lexicon + engine + signal)" if t is None else f"readers at p >= {t}"
        print_score(f"{name}; decisions resting on a model-filled fact: {filled[t]}", score(recs, preds[t]), False)
        s5 = score([recs[i] for i in set5], [preds[t][i] for i in set5])
        print(f"  of which set 5 ({s5['n']}): accuracy {s5['accuracy']:.1%}, confident-wrong "
              f"{s5['confident_wrong_rate']:.1%}, abstentions {s5['abstention_rate']:.1%}")
        wrong = [(recs[i]["id"], recs[i]["category"], preds[t][i]) for i in range(len(recs))
                 if preds[t][i] is not None and preds[t][i] != recs[i]["category"]]
        print("  confident-wrong:", wrong)


def propose_cv(grid: tuple[float, ...] = (0.85, 0.9)) -> None:
    """Leave-one-writer-out figures for the category proposals: the training file and each development set is
    held out in turn, and the signal and the readers are refitted on the others. "No proposals" is the method
    without them. The lexicon itself was written on all of these texts, so its own abstentions are fewer than on a
    new writer's text; what this measures fairly is how often a proposal is right or wrong."""
    from vardkontakt.text import _readers, _signal
    from vardkontakt.text._classify import Model, classify_with, model, training_records

    groups = {"training file": list(training_records())}
    for f in _signal.DEV_FILES:
        groups[Path(f).stem] = [json.loads(x) for x in (ROOT / f).read_text(encoding="utf-8").splitlines() if x.strip()]
    base = model()
    settings = [2.0, *grid]
    preds: dict[float, dict[str, list]] = {t: {} for t in settings}
    proposed: dict[float, list[tuple[str, object, object]]] = {t: [] for t in settings}
    for name, held in groups.items():
        rest = [r for g, rs in groups.items() if g != name for r in rs]
        sig = _signal.from_dict(_signal.fit(rest))
        proposer = _signal.from_dict(_signal.fit(rest, _signal.PROPOSER_C))
        m = Model(sig, base.examples, base.example_index, _readers.from_dict(_readers.fit(rest)), proposer)
        for t in settings:
            out = []
            for r in held:
                res = classify_with(r["text"], m, propose_p=t)
                out.append(res["category"])
                if any(n.startswith("textmodellen föreslår") for n in res["confidence_notes"]):
                    proposed[t].append((r["id"], r.get("category"), res["category"]))
            preds[t][name] = out
        print(f"  {name} done", file=sys.stderr)
    print("\n#### Category proposals, leave-one-writer-out (signal and readers refitted without the held-out set) ####")
    for t in settings:
        label = "no proposals" if t > 1 else f"proposals at p >= {t}"
        recs = [r for g in groups.values() for r in g]
        allp = [p for g in groups for p in preds[t][g]]
        print_score(label, score(recs, allp), False)
        for g in groups:
            sc = score(groups[g], preds[t][g])
            print(f"    {g}: accuracy {sc['accuracy']:.1%}, confident-wrong {sc['confident_wrong_rate']:.1%}, "
                  f"abstentions {sc['abstention_rate']:.1%}")
        if t <= 1:
            right = sum(1 for _, gold, got in proposed[t] if gold == got)
            print(f"  proposals: {len(proposed[t])}, right {right}, wrong "
                  f"{[(i, g, p) for i, g, p in proposed[t] if g != p]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--compare", action="store_true", help="also compare methods on the training part")
    ap.add_argument("--file", type=Path, default=HELDOUT, help="evaluation file (JSONL)")
    ap.add_argument("--signal-cv", action="store_true", help="only: cross-validate the confidence signal on dev data")
    ap.add_argument("--reader-cv", action="store_true", help="only: cross-validate the per-fact readers on dev data")
    ap.add_argument("--propose-cv", action="store_true",
                    help="only: leave-one-writer-out figures for the text model's category proposals")
    args = ap.parse_args()
    if args.propose_cv:
        propose_cv()
        return 0
    if args.reader_cv:
        reader_cv()
        return 0
    if args.signal_cv:
        signal_cv()
        return 0

    loads = load_time()
    pinned = pin_one_core()
    t0 = time.perf_counter()
    from vardkontakt.text import classify

    classify("ringde pat")
    in_process_load = time.perf_counter() - t0
    records = load(args.file)
    results, times = [], []
    for r in records:
        t = time.perf_counter()
        results.append(classify(r["text"]))
        times.append(time.perf_counter() - t)
    # Second pass: steady-state latency (engine decisions cached).
    warm = []
    for r in records:
        t = time.perf_counter()
        classify(r["text"])
        warm.append(time.perf_counter() - t)
    s = score(records, [res["category"] for res in results])
    print(f"vardkontakt classify benchmark: {args.file.relative_to(ROOT) if args.file.is_relative_to(ROOT) else args.file}")
    print(f"machine: {os.cpu_count()} CPUs, {pinned}; Python {sys.version.split()[0]}")
    role = {"classify_heldout2.jsonl": "development (set 2, no longer held-out)",
            "classify_heldout3.jsonl": "development (set 3, no longer held-out; the signal was fitted on it)",
            "classify_heldout4.jsonl": "development (set 4, no longer held-out; the signal was fitted on it)",
            }.get(args.file.name, "held-out")
    print_score(role, s)
    ok, total, bad = fact_checks(records, results)
    print(f"\nexpected facts / attributes (decided texts) matched: {ok}/{total}")
    for item in bad:
        print("  ", *item)
    conf_right = [res["confidence"] for r, res in zip(records, results) if res["category"] and res["category"] == r["category"]]
    conf_wrong = [res["confidence"] for r, res in zip(records, results) if res["category"] and res["category"] != r["category"]]
    if conf_right:
        print(f"mean confidence when right {statistics.mean(conf_right):.2f}"
              + (f", when wrong {statistics.mean(conf_wrong):.2f}" if conf_wrong else ""))
    q = lambda xs, p: sorted(xs)[min(len(xs) - 1, int(round(p * (len(xs) - 1))))] * 1000  # noqa: E731
    print(f"\nlatency per text, first pass (ms): p50 {q(times, .5):.2f}  p95 {q(times, .95):.2f}  max {max(times) * 1000:.2f}")
    print(f"latency per text, second pass (ms): p50 {q(warm, .5):.2f}  p95 {q(warm, .95):.2f}")
    print(f"load (fresh interpreter, import + first call): {', '.join(f'{x:.2f}' for x in loads)} s; "
          f"in this process {in_process_load:.2f} s")
    if args.compare:
        compare_methods()
    return 0


if __name__ == "__main__":
    sys.exit(main())
