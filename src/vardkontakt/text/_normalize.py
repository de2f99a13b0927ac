"""Tokens for Swedish chart text: lower case, folded diacritics, expanded abbreviations.

`normalize(text)` returns a `Normalized`: a space-joined string of normalized
tokens that the lexicon's regular expressions run on, plus a map from every
normalized token back to the characters of the original text, so that
evidence can quote the words the user actually typed.

Folding (å, ä -> a; ö -> o; é -> e) makes "bedomning" and "bedömning" the same
word, which is how staff without a Swedish keyboard write. A few common typos of
cue words are corrected (edit distance 1, or 2 for long words), and a word cut
short ("inloggn", "hemuppg", "provtagn") is completed when the development texts
have one clearly most common word that starts with it (`data/vocabulary.json`).
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u", "æ": "a", "ø": "o"})

# Words (and the dotted forms staff use) -> normalized replacement.
ABBREVIATIONS: dict[str, str] = {
    "pat": "patient", "pt": "patient", "pats": "patients", "pat:s": "patients", "pt:s": "patients",
    "patienten:s": "patientens",
    "ssk": "sjukskoterska", "usk": "underskoterska", "lak": "lakare", "dsk": "distriktsskoterska",
    "tel": "telefon", "tfn": "telefon", "tele": "telefon", "telsamtal": "telefonsamtal",
    "ang": "angaende", "ang.": "angaende", "u.a": "utan anmarkning", "ua": "utan anmarkning",
    "pga": "pa grund av", "p.g.a": "pa grund av", "vh": "vardnadshavare", "vh:s": "vardnadshavares",
    "o": "och", "m": "med", "fr": "fran", "fk": "forsakringskassan", "soc": "socialtjansten",
    "sabo": "sarskilt boende", "rtg": "rontgen", "forts": "fortsatt", "mott": "mottagningen",
    "vc": "vardcentralen", "istf": "i stallet for", "i.st.f": "i stallet for", "ist": "i stallet",
    "ev": "eventuellt", "bankid": "bankid", "mejl": "mejl", "mail": "mejl", "email": "mejl",
    "sms": "sms", "dr": "doktor", "inf": "information", "info": "information", "tf": "telefon",
    "iom": "i och med", "kl": "kl", "nb": "obs",
    # Chart headers and prescriptions: "Bed: ...", "tel-bed", "rec på pevaryl skickat".
    "bed": "bedomning", "rec": "recept", "rp": "recept", "enl": "enligt", "uppf": "uppfoljning",
    "rek": "rekommenderar", "fortf": "fortfarande", "sjukskr": "sjukskrivning", "sjukskrivn": "sjukskrivning",
    "medd": "meddelande", "beh": "behandling", "bm": "barnmorska", "ant": "anteckning", "jf": "journalfort",
    "journ": "journal",
    "journalant": "journalanteckning", "skattn": "skattning", "remis": "remiss", "em": "eftermiddag", "fm": "formiddag",
    "skriftl": "skriftlig", "hemsjukv": "hemsjukvarden", "telradgivn": "telefonradgivning", "radgivn": "radgivning",
    "prog": "program", "distriktsssk": "distriktsskoterska",
    # set-27/28 shorthand: referrals, extensions, antibiotics, plans, visits, wards, short-stay homes
    "rem": "remiss", "forl": "forlangd", "abx": "antibiotika", "utskr": "utskriven", "behplan": "behandlingsplan",
    "smartlindr": "smartlindring", "bes": "besok", "ab": "aterbesok", "nybes": "nybesok", "telbes": "telefonbesok",
    "telbesok": "telefonbesok",
    "vidbes": "videobesok", "videobes": "videobesok", "teltid": "telefontid", "tidsbokn": "tidsbokning",
    "provtagn": "provtagning", "rokavvanjn": "rokavvanjning", "avd": "avdelning", "korttids": "korttidsboendet",
    # cut-off words seen in the development texts (unseen ones are completed from the vocabulary, see complete())
    "journalf": "journalfort", "uppfolj": "uppfoljning", "uppfoljn": "uppfoljning", "utredn": "utredning",
    "vidarebef": "vidarebefordrat", "receptforn": "receptfornyelse", "sjalvskattn": "sjalvskattning",
    "somnbesv": "somnbesvar", "telefonbed": "telefonbedomning", "telefonuppf": "telefonuppfoljning",
    "omlaggn": "omlaggning", "krakn": "krakningar", "hudforandr": "hudforandring", "medicinklin": "medicinkliniken",
    "progr": "programmet", "internetbeh": "internetbehandling", "sammanfattn": "sammanfattning",
    "telefonkon": "telefonkontakt", "aterkoppl": "aterkoppling", "mottagn": "mottagningen", "inloggn": "inloggning",
    "bedomn": "bedomning", "journalanteckn": "journalanteckning", "kontr": "kontroll", "tillb": "tillbaka",
    "hemuppg": "hemuppgift", "hemtj": "hemtjansten", "krea": "kreatinin", "jourfort": "journalfort", "telef": "telefon",
    "telbed": "telefonbedomning", "skolskot": "skolskoterska", "jrnl": "journal", "telrad": "telefonradgivning",
    "arsktr": "arskontroll", "vidkons": "videokonsultation", "vagbeskr": "vagbeskrivning", "called": "ringde",
    "jnl": "journal", "s&b": "sob", "adm": "administrativt",
    "tex": "till exempel", "sjskr": "sjukskrivning", "ers": "ersatter", "laktid": "lakartid",
    "journant": "journalanteckning", "behandl": "behandling",
    # set-53-88 shorthand: journal notes, this evening, the unit, social services, pupil health meetings
    "journfort": "journalfort", "journford": "journalfort", "journf": "journalfort", "jn": "journal",
    "journanteckn": "journalanteckning", "ikv": "ikvall", "allm": "allmant", "aterbes": "aterbesok", "enh": "enheten",
    "socialtj": "socialtjansten", "socialsekr": "socialsekreterare", "tfnbed": "telefonbedomning",
    "ehm": "elevhalsomote",
    # PASiS codes written as the channel: "Dietist vk", "KT psyk"
    "vk": "videokontakt", "kt": "telefonkontakt", "ordin": "ordinerat", "insatt": "insatt", "uppstart": "uppstart",
}
# Compounds ending in a role abbreviation: "infektionsläk", "diabetesssk", "läkarbes".
ROLE_SUFFIXES = (("sssk", "sjukskoterska", 1), ("ssk", "sjukskoterska", 0), ("lak", "lakare", 0), ("bes", "besok", 0),
                 ("skot", "skoterska", 0), ("pers", "personal", 0), ("shandl", "handlaggare", 1))

# Cue words that are worth correcting when misspelt (after folding).
CUE_WORDS = (
    "video videobesok videosamtal videomote videolank telefon telefonsamtal telefonkontakt patient "
    "patienten bedomning bedomningen bedomer bedomde meddelande skriftligt uteblev uteblivit provsvar "
    "journalfort journalanteckning vardnadshavare hemtjansten socialtjansten forsakringskassan "
    "sjalvskattning skattningsformular informationsmote sjalvhjalpsprogram mottagningen vardcentralen "
    "eftermiddag behandling behandlingen ringde session epikris journal"
).split()

_TOKEN = re.compile(r"[0-9a-zåäöéèüæø]+(?:[-:.&][0-9a-zåäöéèüæø]+)*|[.,;:!?]", re.IGNORECASE)
# Field labels of local note templates ("Typ: tel. Med: kurator. Journal: nej"): their colon joins, not separates.
HEADER_WORDS = frozenset("typ med innehall beslut journal ident ater kanal kontakt".split())
_BOUNDARY = ".,;:!?"


@dataclass(frozen=True)
class Normalized:
    text: str                      # normalized tokens joined by single spaces
    starts: tuple[int, ...]        # start offset of each normalized token in `text`
    spans: tuple[tuple[int, int], ...]  # original (start, end) for each normalized token
    tokens: tuple[str, ...]
    clause: tuple[int, ...]        # clause number of each token
    original: str

    def token_at(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def quote(self, start: int, end: int) -> str:
        """The original words behind normalized characters start..end."""
        a, b = self.token_at(start), self.token_at(max(start, end - 1))
        return self.original[self.spans[a][0] : self.spans[b][1]].strip()


def fold(text: str) -> str:
    return text.lower().translate(_FOLD)


def _distance_at_most(a: str, b: str, limit: int) -> bool:
    """Damerau-Levenshtein (optimal string alignment) distance <= limit."""
    if abs(len(a) - len(b)) > limit:
        return False
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return False
        prev2, prev = prev, cur
    return prev[-1] <= limit


_CUES = frozenset(CUE_WORDS)


VOCABULARY = "data/vocabulary.json"
TRUNCATED_MIN = 5  # shorter cut-offs ("ord", "krea") are too ambiguous to complete


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict[str, int], list[str]]:
    """Word counts of the development texts (folded), and the words seen at least twice, sorted for prefix search."""
    try:
        counts = json.loads(resources.files(__package__).joinpath(VOCABULARY).read_text(encoding="utf-8"))["counts"]
    except FileNotFoundError:
        counts = {}
    return counts, sorted(w for w, c in counts.items() if c >= 2)


def complete(token: str) -> str | None:
    """The word a cut-off token stands for ("inloggn" -> "inloggning"), when one completion clearly dominates."""
    counts, common = _vocabulary()
    if len(token) < TRUNCATED_MIN or token in counts or token in ABBREVIATIONS or not token.isalpha():
        return None
    i = bisect_left(common, token)
    found: list[tuple[int, str]] = []
    while i < len(common) and common[i].startswith(token):
        if len(common[i]) >= len(token) + 2:
            found.append((counts[common[i]], common[i]))
        i += 1
    if not found:
        return None
    found.sort(reverse=True)
    best, second = found[0][0], (found[1][0] if len(found) > 1 else 0)
    return found[0][1] if best >= 2 * max(second, 1) else None


@lru_cache(maxsize=8192)
def correct(token: str) -> str:
    """A cue word for a near miss ("vidoebesok" -> "videobesok"), else a completed cut-off word; else the token.
    The near miss comes first: the vocabulary holds staff's typos too ("jounal" must not become "jounalfort")."""
    if len(token) >= 6 and token not in _CUES and token.isalpha():
        limit = 2 if len(token) >= 10 else 1
        for cue in CUE_WORDS:
            # Same first five letters: an inflection ("andrad"/"andrar"), not a typo.
            if cue[:5] == token[:5] or cue[0] not in token[:2]:
                continue
            if _distance_at_most(token, cue, limit):
                return cue
    completed = complete(token)
    return token if completed is None else completed


def _expand(token: str) -> list[str]:
    low = token.translate(_FOLD)
    if low in ABBREVIATIONS:
        return ABBREVIATIONS[low].split()
    if ":" in low and low.endswith(":s"):  # genitive of an abbreviation: vh:s, pat:s
        base = ABBREVIATIONS.get(low[:-2], low[:-2]).split()
        base[-1] = base[-1] + "s"
        return base
    if "." in low:  # tel.samtal, u.a.
        parts = [p for p in low.split(".") if p]
        if low.replace(".", "") in ABBREVIATIONS:
            return ABBREVIATIONS[low.replace(".", "")].split()
        out: list[str] = []
        for p in parts:
            out.extend(_expand(p))
        if len(parts) == 2 and parts[0] in ("tel", "tfn"):
            return ["telefon" + parts[1]]
        return out
    if "&" in low:  # "stöd&beh": the parts, joined by "och"
        out = []
        for i, p in enumerate(x for x in low.split("&") if x):
            out.extend((["och"] if i else []) + _expand(p))
        return out
    if "-" in low:  # 1177-meddelande, sabo-personal, e-post
        out = []
        parts = low.split("-")
        for p in parts:
            out.extend(_expand(p) if p in ABBREVIATIONS else [correct(p)])
        if len(parts) == 2 and parts[0] in ("tel", "tfn") and len(out) == 2:
            return ["telefon" + out[1]]  # tel-bes, tel-uppf, tel-samtal: one compound, as written without the hyphen
        if len(parts) == 2 and parts[0] == "vid" and len(out) == 2 and out[1].startswith(("besok", "samtal", "mote")):
            return ["video" + out[1]]  # vid-besök, vid-samtal
        return out
    for suffix, full, keep in ROLE_SUFFIXES:
        if low.endswith(suffix) and len(low) >= len(suffix) + 3 and low.isalpha():
            return [low[: len(low) - len(suffix) + keep] + full]
    return [correct(low)]


SPLIT_MIN = 3  # a joined compound must be a word the development texts use at least this often


def _joined(parts: list[str]) -> bool:
    """Whether words written apart are one compound ("ute blev", "epi kris", "vård central"): the joined word is
    common in the development texts and clearly more common than the rarer part, so "in till" stays apart."""
    counts, _ = _vocabulary()
    folded = [fold(p) for p in parts]
    if not all(p.isalpha() and p not in ABBREVIATIONS for p in folded):
        return False
    whole = counts.get("".join(folded), 0)
    return whole >= SPLIT_MIN and whole >= 2 * min(counts.get(p, 0) for p in folded)


def _tokens(lowered: str) -> list[tuple[str, int, int]]:
    """The raw tokens with their offsets; compounds split by a space (speech recognition, "särskrivning") joined."""
    raw = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(lowered)]
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(raw):
        for size in (3, 2):
            group = raw[i:i + size]
            if len(group) == size and all(lowered[a[2]:b[1]] == " " for a, b in zip(group, group[1:])) \
                    and _joined([g[0] for g in group]):
                out.append(("".join(g[0] for g in group), group[0][1], group[-1][2]))
                i += size
                break
        else:
            out.append(raw[i])
            i += 1
    return out


def normalize(text: str) -> Normalized:
    lowered = text.lower()
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    clause: list[int] = []
    c = 0
    last_end = 0
    for tok, start, end in _tokens(lowered):
        if any(arrow in lowered[last_end:start] for arrow in ("->", "→", "=>")):
            c += 1  # "sår ej läkt => rem kärlkir": an arrow starts a new clause (negation does not reach across)
        last_end = end
        if tok == ":" and words and words[-1] in HEADER_WORDS:
            continue
        if tok in _BOUNDARY:
            if tok == "," and lowered[start - 1:start].isdigit() and lowered[end:end + 1].isdigit():
                continue  # a decimal comma: "INR 3,1", "K 4,1"
            # A period ends a clause only at a sentence end (not "ang. pat").
            if tok == ".":
                rest = text[end :]
                if rest.strip() and not re.match(r"\s+[A-ZÅÄÖ0-9]", rest):
                    continue
            c += 1
            words.append(",")
            spans.append((start, end))
            clause.append(c)
            continue
        if tok.endswith(".") and tok[:-1] in ABBREVIATIONS:
            tok = tok[:-1]
        for w in _expand(tok):
            words.append(w)
            spans.append((start, end))
            clause.append(c)
    starts, pos = [], 0
    for w in words:
        starts.append(pos)
        pos += len(w) + 1
    return Normalized(" ".join(words), tuple(starts), tuple(spans), tuple(words), tuple(clause), text)
