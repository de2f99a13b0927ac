"""Facts from one Swedish sentence: lexicon hits, negation, then resolution.

`extract(text)` returns {fact: Fact}, where each Fact has the value, the words
that indicated it (`evidence`) and how it was found (`how`):

    "text"      the words say so
    "inferred"  follows from other understood facts (e.g. an assessment with a
                decision is taken to replace a visit)
    "default"   not mentioned; the documented default applies (sob_program and,
                for phone calls, same_day_visit_same_unit are taken as false)

Facts that are not understood are absent: the engine then abstains and asks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import _lexicon as L
from ._normalize import Normalized, normalize

NOT_MENTIONED = "(inte nämnt)"


@dataclass
class Fact:
    value: object
    evidence: list[str] = field(default_factory=list)
    how: str = "text"          # text | inferred | default
    strength: str = "strong"   # strong | weak

    def as_json(self) -> dict:
        return {"value": self.value, "evidence": list(self.evidence)}


@dataclass
class Hit:
    fact: str
    value: object
    strength: str
    evidence: str
    token: int
    clause: int
    negated: bool = False
    match: str = ""            # the normalized words matched


def _negated(n: Normalized, token: int, clause: int, after: bool = True, last: int | None = None) -> bool:
    """A negation word up to three tokens before, in the same clause; or, when `after`, right after the cue
    (which ends at token `last`) or after one auxiliary ("journalförs inte", "journalfört: nej",
    "journalanteckning görs inte", "behandlingen ändras inte")."""
    for i in range(max(0, token - 3), token):
        if n.clause[i] == clause and n.tokens[i] in L.NEG_WORDS:
            if n.tokens[i] == "utan" and i + 1 < len(n.tokens) and n.tokens[i + 1] == "anmarkning":
                continue  # "ua": a normal finding, not a negation of what follows
            if i + 1 < token and n.tokens[i + 1] in L.NEGATED_NOUNS:
                continue  # "ingen bed. jn skriven": the negation is spent on its own noun
            return True
    if not after:
        return False
    return any(_negation_follows(n, t, clause) for t in {token, token if last is None else last})


def _negation_follows(n: Normalized, token: int, clause: int) -> bool:
    if n.tokens[token + 1:token + 3] == (",", "nej"):
        return True  # a header answered: "Journalföring: nej"
    for nxt in (token + 1, token + 2):
        if nxt >= len(n.tokens) or n.clause[nxt] != clause:
            return False
        if n.tokens[nxt] in ("inte", "ente", "ej", "nej", "ingen", "ingenting"):
            return True
        if n.tokens[nxt] not in L.AUXILIARIES:
            return False
    return False


def _neutralized(n: Normalized, token: int, clause: int) -> bool:
    """Decision words after a request, topic or information marker in the same clause."""
    start = n.starts[token]
    clause_tokens = [i for i in range(len(n.tokens)) if n.clause[i] == clause]
    clause_start = n.starts[clause_tokens[0]]
    before = n.text[clause_start:start]
    if L.REQUEST.search(before) or L.INFORM.search(before) or before.endswith("infor "):
        return True
    topic = L.TOPIC.search(before)
    return bool(topic) and token - n.token_at(clause_start + topic.start()) <= 6


def _booked_to(n: Normalized, token: int, clause: int) -> bool:
    """A booking or hand-over word up to four tokens before, in the same clause ("bokad till ssk")."""
    first = token
    while first > 0 and token - first < 4 and n.clause[first - 1] == clause:
        first -= 1
    return bool(L.BOOKED_TO.search(n.text[n.starts[first]:n.starts[token]]))


SOB_NAMED = L.SOB[1].pattern


def _not_the_counterpart(n: Normalized, cue: L.Cue, m: re.Match[str], tok: int, clause: int) -> bool:
    """A staff word that does not name who the contact was with."""
    before = n.tokens[max(0, tok - 4):tok]
    after = n.token_at(m.end() - 1) + 1
    following = n.tokens[after:after + 2]
    word = m.group().split()[-1] if m.group().strip() else ""
    if cue.strength == "weak" and (_booked_to(n, tok, clause) or "samrad" in before[-2:]):
        return True  # "bokad till ssk" is where the patient goes; "efter samråd m läk" is a colleague consulted
    if cue.strength == "weak" and {"sitter", "tillsammans"} & set(before[-3:]):
        return True  # "pat sitter med usk vid surfplattan": staff helping the patient take part
    if L.CERTIFICATE_TO.search(n.text[max(0, m.start() - 60):m.start()]):
        return True  # "intyg till Försäkringskassan": where a paper goes
    places = ("pa", "vid", "i", "fran", "efter") if m.group() in ("skolan", "forskolan", "boendet") else ("pa", "vid")
    if L.MEETING_WORD.fullmatch(m.group()):
        places = ()  # "diskuterat på MDK", "på röntgenronden": the meeting is where staff spoke about the patient
    at = max((i for i, t in enumerate(before) if t in places and i >= len(before) - 2), default=None)
    if before and (before[-1] == "hos" or (at is not None and (at == 0 or before[at - 1] not in L.ROLE_WORDS))):
        # "vägning hos skolsköterskan", "videobesök på särskilt boende", "pat på LSS-boende ringde": a place
        # ("ssk på särskilt boende ringer" keeps the staff)
        return True
    if cue.strength == "weak" and before and m.group().startswith("fran ") and SOB_NAMED.search(n.text):
        return True  # "återkoppling från psykolog" in Stöd och behandling: the sender is the unit itself
    if before and before[-1] in ("patients", "patientens") and cue.strength == "strong" and " " not in m.group():
        return True  # "om pat:s boende", "patientens hemtjänst": the patient's own matter, not who was spoken with
    if following and (following[0] in ("informeras", "meddelas", "kontaktas", "underrattas", "bredvid")
                      or (following[0] in ("fanns", "var", "satt", "hjalpte") and len(following) > 1
                          and following[1] in ("hos", "med", "till"))):
        # "hemtjänsten informeras av pat själv": someone told later; "hemtjänstpersonal fanns hos pat": a helper
        return True
    # "hemsjukvårdens besök", "hemsjukvårdspat": the topic or the patient ("hemsjukvårdens ssk ringer" keeps the staff)
    return cue.strength == "strong" and (
        word.endswith(("pat", "patient", "patienten")) or "besok" in word or "avgift" in word
        or (word in L.ORG_GENITIVES and not (following and following[0] in L.ROLE_WORDS)))


def _later_contact(n: Normalized, tok: int, clause: int) -> bool:
    """A channel word about another contact than this one: a later one ("nästa samtal blir per telefon",
    "info inför videobesöket"), or the one this contact replaced ("skrev i 1177 istf tel-besök")."""
    before = n.tokens[max(0, tok - 4):tok]
    same_clause = all(n.clause[i] == clause for i in range(max(0, tok - 4), tok))
    # "länken till videobesöket på torsdag": the contact named with its later day
    after = n.tokens[tok + 1:tok + 3]
    booked_later = bool(before) and before[-1] in ("pa", "till", "for") and bool(L.OTHER_DAY.search(" ".join(after)))
    before_named = len(before) >= 3 and before[-3] == "infor" and before[-2] in ("det", "den", "sitt", "sin")
    replaced = before[-3:] == ("i", "stallet", "for") or before[-2:] == ("istallet", "for")
    return ("nasta" in before and same_clause) or "infor" in before[-2:] or before_named or booked_later or replaced


def hits(n: Normalized) -> list[Hit]:
    found: list[Hit] = []
    for cue in L.ALL_CUES:
        for m in cue.pattern.finditer(n.text):
            tok = n.token_at(m.start())
            clause = n.clause[tok] if n.tokens else 0
            h = Hit(cue.fact, cue.value, cue.strength, n.quote(m.start(), m.end()), tok, clause, match=m.group())
            # A channel noun followed by a negation is qualified, not denied: "1177-chatt (ej realtid)".
            last = n.token_at(m.end() - 1)
            if cue.negatable and _negated(n, tok, clause, after=cue.fact != "channel", last=last):
                if cue.negated is None:
                    continue
                h.value, h.negated, h.strength = cue.negated, True, "strong"
                # "inga nya besvär", "utan undersökning": a negated sign of an assessment is a finding about the
                # patient, not a statement that nothing was decided; a stated decision still outweighs it.
                if cue.fact == "medical_assessment" and cue.strength == "weak":
                    h.strength = "finding"
            if cue.fact == "sob_program" and m.group() == "programmet" and L.EXERCISE_PROGRAM.search(n.text):
                continue
            if cue.fact == "activity" and cue.value == "no_show" and L.FEE.search(n.text[max(0, m.start() - 40):m.start()]):
                continue  # "faktura för ett uteblivet besök" is about a fee, not a no-show now
            if cue.fact == "counterpart" and cue.value == "staff" and _not_the_counterpart(n, cue, m, tok, clause):
                continue
            if cue.fact == "channel" and _later_contact(n, tok, clause):
                continue
            if cue.fact == "medical_assessment" and h.value in (True, "renewal") and _neutralized(n, tok, clause):
                h.value, h.strength = False, "weak"
            # "inget ledigt idag, hänvisat till närakuten": sent elsewhere for lack of time, not a medical decision.
            if cue.fact == "medical_assessment" and h.value is True and m.group().startswith("hanvis") \
                    and L.NO_CAPACITY.search(n.text):
                h.value, h.strength = False, "weak"
            found.append(h)
    found.extend(_assessed_and_dosed(n))
    found.extend(_arrow_action(n))
    return found


def _arrow_action(n: Normalized) -> list[Hit]:
    """Chart shorthand "ont i halsen 5d -> kåvepenin": what follows the arrow was done, a decision (strong),
    unless it is a booking, information or nothing ("-> tid nästa tisdag", "-> info", "-> ingen åtgärd")."""
    out: list[Hit] = []
    for m in L.ARROW.finditer(n.original):
        phrase = normalize(m.group(1)).text
        if not phrase or not n.tokens or L.ARROW_NOT_DECISION.search(phrase):
            continue
        tok = min(range(len(n.spans)), key=lambda i: abs(n.spans[i][0] - m.start(1)))  # the first word after the arrow
        out.append(Hit("medical_assessment", True, "strong", m.group(0).strip(), tok, n.clause[tok], match=phrase))
    return out


def _assessed_and_dosed(n: Normalized) -> list[Hit]:
    """An assessment ("bed:", "bedömt som", a diagnosis marker) followed by a treatment with a dose is a stated
    decision, unless the text continues an earlier one ("fortsätt ... som tidigare", "oförändrat", a renewal)."""
    text = n.text
    if L.CONTINUED.search(text):
        return []
    a = L.ASSESSED.search(text)
    if not a:
        return []
    tok_a = n.token_at(a.start())
    if _negated(n, tok_a, n.clause[tok_a], after=False):
        return []
    d = next((m for m in L.DOSE.finditer(text) if m.start() > a.end()), None)
    if d is None:
        return []
    tok = n.token_at(d.start())
    return [Hit("medical_assessment", True, "strong", n.quote(a.start(), d.end()) if d.start() - a.start() < 80
                else n.quote(d.start(), d.end()), tok, n.clause[tok], match=d.group())]


def _pick(hs: list[Hit]) -> Fact | None:
    """Strong beats finding beats weak; disagreement at the deciding strength leaves the fact unknown."""
    for strength in ("strong", "finding", "weak"):
        level = [h for h in hs if h.strength == strength]
        values = {repr(h.value) for h in level}
        if len(values) == 1:
            return Fact(level[0].value, _evidence(level), "text", strength)
        if len(values) > 1:
            return None
    return None


def _evidence(hs: list[Hit]) -> list[str]:
    out: list[str] = []
    for h in sorted(hs, key=lambda h: h.token):
        if h.evidence and h.evidence not in out:
            out.append(h.evidence)
    return out


def _of(hs: list[Hit], fact: str, value: object = None, strength: str | None = None) -> list[Hit]:
    return [
        h for h in hs
        if h.fact == fact and (value is None or h.value == value) and (strength is None or h.strength == strength)
    ]


def _assessment(hs: list[Hit]) -> Fact | None:
    """A renewed prescription leaves the assessment open unless something else settles it; a normal finding
    ("rp förnyad, ua") does not (the renewal may or may not have included an assessment). A renewal for a
    known problem ("förnyat rp, känt problem") is the guideline's case without a replaced visit."""
    ma = _of(hs, "medical_assessment")
    renewal = [h for h in ma if h.value == "renewal"]
    rest = [h for h in ma if h.value != "renewal"]
    if renewal:
        known = [h for h in rest if h.strength == "finding" and h.match.startswith(("kan", "sedan"))]
        rest = [h for h in rest if h.strength != "finding"]
        if known and not any(h.strength == "strong" for h in rest):
            return Fact(False, _evidence(renewal + known), "text", "finding")
    return _pick(rest)


def _channel(hs: list[Hit]) -> Fact | None:
    ch = _of(hs, "channel")
    for strength in ("strong", "weak"):
        level = [h for h in ch if h.strength == strength]
        for value in ("video", "phone", "text"):  # the richer medium is the contact
            chosen = [h for h in level if h.value == value]
            if chosen:
                return Fact(value, _evidence(chosen), "text", strength)
    return None


def _joint_contact(n: Normalized, hs: list[Hit]) -> bool:
    """An organisation and a representative joined by "och": one contact with both ("Tel m skolan och pappa")."""
    staff = _of(hs, "counterpart", "staff", "strong")
    rep = _of(hs, "counterpart", "representative")
    return any(abs(s.token - r.token) <= 3 and "och" in n.tokens[min(s.token, r.token):max(s.token, r.token)]
               for s in staff for r in rep)


def _counterpart(hs: list[Hit], n: Normalized | None = None) -> Fact | None:
    none = _of(hs, "counterpart", "none")
    absent = _of(hs, "counterpart", "absent")
    direct = _of(hs, "counterpart", "patient", "strong")
    mention = _of(hs, "counterpart", "patient", "weak")
    staff = _of(hs, "counterpart", "staff", "strong")
    staff_weak = _of(hs, "counterpart", "staff", "weak")
    rep = _of(hs, "counterpart", "representative")
    if n is not None and staff_weak and not staff and (L.REPLACES[0].pattern.search(n.text) or L.PATIENT_SESSION.search(n.text)):
        # "Behandlande samtal per telefon m kurator, ersätter mottagningsbesök": the role performs the session.
        staff_weak = []
    if n is not None and mention and not direct:
        # "polisen ringde och frågade om pat": the patient is the topic, not the one spoken with.
        topic = {m.start() for m in L.PATIENT_TOPIC.finditer(n.text)}
        mention = [h for h in mention if not any(0 <= n.starts[h.token] - t <= 12 for t in topic)]
    if n is not None and staff_weak and not staff and not L.ABOUT_PATIENT.search(n.text) and all(
            any(t.startswith(L.CONTACT_NOUNS) for t in n.tokens[max(0, h.token - 3):h.token])
            and "patients" not in h.match.split() for h in staff_weak):
        # "chatt med ssk", "videosamtal m psykolog", "1177 meddelande fr läk": who performed the contact, not its
        # counterpart ("tfn-kontakt m bm på MVC om pats blodtryck" stays a staff contact)
        staff_weak = []
    if n is not None and staff_weak and not staff and not (mention or direct or rep) and len(n.tokens) < 6 \
            and not L.PATIENT_REFERENCE.search(n.text):
        # "Samtal m kurator": with no patient named at all, the role may be the one who held the session
        staff_weak = []
    if n is not None and (mention or direct) and staff_weak and all(L.CONSULTED.match(h.match) for h in staff_weak):
        # "Läk konsulterad, pat ombeds komma": a colleague consulted during the patient's contact.
        staff_weak = []
    if none:
        return Fact("none", _evidence(none))
    if absent and (staff or staff_weak):
        return Fact("staff", _evidence(staff + staff_weak + absent))
    # "ombud för pat ringer", "mamma till pat": the representative speaks for the patient.
    rep_for = L.REP_FOR_PATIENT.search(n.text) if n is not None and rep and not staff else None
    if n is not None and rep and staff and not rep_for and not direct:
        # "Skolsköterskan ringde vårdnadshavaren": the role is the writer, the representative the one spoken with.
        rep_for = L.REP_OBJECT.search(n.text)
    if rep_for:
        return Fact("representative", [n.quote(rep_for.start(), rep_for.end())])
    if n is not None and rep and staff and not direct:
        caller = L.REP_CALLER.search(n.text)
        if caller:
            # "god man ringde ang fakturan, hänvisat till kommunen": the organisation is the topic or where it goes
            return Fact("representative", [n.quote(caller.start(), caller.end())])
        if _joint_contact(n, hs):
            return None  # "samtal med socialtjänsten och mamma": a joint contact, who it counts as is the question
    if n is not None and direct and staff and min(h.token for h in staff) < min(h.token for h in direct) and all(
            h.match.startswith("till ") and not L.CONTACT_VERB_RE.search(" ".join(n.tokens[max(0, h.token - 2):h.token]))
            for h in direct):
        # "ringde arbetsterapeuten i kommunen ... en rollator till patienten": the patient is who it is for
        return Fact("staff", _evidence(staff))
    if direct and not absent:
        return Fact("patient", _evidence(direct))
    if staff:
        return Fact("staff", _evidence(staff))
    if rep:
        return Fact("representative", _evidence(rep))
    if staff_weak:
        return Fact("staff", _evidence(staff_weak), strength="weak")
    if mention and not absent:
        return Fact("patient", _evidence(mention), strength="weak")
    return None


def _activity(n: Normalized, hs: list[Hit], channel: Fact | None, counterpart: Fact | None) -> Fact | None:
    act = _of(hs, "activity")
    strong_channel = channel is not None and channel.strength == "strong"
    # "i 1177", "via 1177" alone names the platform where a form or a self-help program is used,
    # not a message exchanged with staff.
    platform_only = strong_channel and all(
        h.match == "1177" for h in _of(hs, "channel", strength="strong")
    )
    no_treater = L.NO_TREATER_CONTACT.search(n.text)
    sob_mentioned = any(h.value is True for h in _of(hs, "sob_program"))

    def first(value: str, strength: str | None = None) -> list[Hit]:
        return [h for h in act if h.value == value and (strength is None or h.strength == strength)]

    if first("no_show"):
        return Fact("no_show", _evidence(first("no_show")))
    general_in_call = strong_channel and channel.value in ("phone", "video") and all(
        h.match.startswith("allm") for h in first("general_message"))
    if first("general_message") and not general_in_call:
        # "Tel vh, ... allmän info lämnad": general information given in a call is not a message to many
        return Fact("general_message", _evidence(first("general_message")))
    if first("voluntary_info_meeting"):
        return Fact("voluntary_info_meeting", _evidence(first("voluntary_info_meeting")))
    if first("referral_received", "strong") and L.SELF_REFERRAL.search(n.text):
        return Fact("referral_received", _evidence(first("referral_received", "strong")))  # "egenremiss via 1177"
    if first("document_scanning") and not (counterpart is not None and counterpart.value == "patient"
                                           and counterpart.strength == "strong"):
        # "Brev från FK inkommet och skannat", "skannat in pappersformulär": a document handled, whatever it was.
        return Fact("document_scanning", _evidence(first("document_scanning")))
    decided = any(h.value is True and h.strength == "strong" for h in _of(hs, "medical_assessment"))
    for value in ("self_help_program", "self_report_form"):
        # "pat beskriver i formuläret ..., läk höjer dosen": a form answered with a decision is a contact
        if first(value) and (no_treater or not strong_channel or platform_only) and not (
                value == "self_report_form" and decided and not no_treater):
            ev = _evidence(first(value)) + ([n.quote(no_treater.start(), no_treater.end())] if no_treater else [])
            return Fact(value, ev)
    if not strong_channel:
        for value in ("documentation_summary", "referral_received", "discharge_summary_received",
                      "document_scanning", "test_result_noted", "sampling"):
            if first(value, "strong"):
                return Fact(value, _evidence(first(value, "strong")))
        if first("test_result_noted") and counterpart is None and not sob_mentioned and \
                sum(t != "," for t in n.tokens) > 1:  # "Provsvar." alone: noted, or given to the patient?
            return Fact("test_result_noted", _evidence(first("test_result_noted")), strength="weak")
    if channel is not None or counterpart is not None or sob_mentioned:
        ev = (channel.evidence if channel else []) + (counterpart.evidence if counterpart else [])
        if not ev:
            ev = _evidence([h for h in _of(hs, "sob_program") if h.value is True])
        return Fact("dialogue", list(dict.fromkeys(ev)), strength="strong" if strong_channel else "weak")
    return None


def _without_replaced_visit(text: str) -> str:
    """`text` with the visit this contact replaced blanked out, offsets kept: "i dag istället för på mottagningen",
    "ersatte det inbokade besöket" name no visit to come."""
    return L.REPLACES[0].pattern.sub(lambda m: " " * len(m.group()), text)


def same_day(n: Normalized) -> Fact | None:
    """Whether the words say the call leads to a visit the same day at the same unit (None: they do not say)."""
    # "ringt till mott idag": the clinic called, not visited
    text = L.CALLED_TO_UNIT.sub(lambda m: " " * len(m.group()), _without_replaced_visit(n.text))
    full = L.NO_CAPACITY.search(text)
    if full and _other_day(n):
        # "ville ha tid idag men allt fullt, fick tid nästa vecka": the visit is another day
        return Fact(False, [n.quote(full.start(), full.end())])
    if L.SAME_UNIT_EXPLICIT.search(text) and L.SAME_DAY_WORD.search(text):
        m = L.SAME_DAY_WORD.search(text)
        u = L.SAME_UNIT_EXPLICIT.search(text)
        return Fact(True, [n.quote(m.start(), m.end()), n.quote(u.start(), u.end())])
    if _maybe_today(n):
        return None
    cues = [(m, L.VISIT_WORD, 5, 6) for m in L.SAME_DAY_WORD.finditer(text)]
    if not _other_day(n) and not L.REBOOKING.search(text) and "infor" not in n.tokens:
        # "inhalation på mottagningen ordnad kl 09.30": a clock time with no day named is today.
        cues += [(m, L.VISIT_WORD, 5, 3) for m in L.CLOCK_TIME.finditer(text)]
    cues += [(m, L.COMING, 4, 1) for m in L.IMMEDIATE.finditer(text)]
    for m, near, before, after in sorted(cues, key=lambda c: c[0].start()):
        tok = n.token_at(m.start())
        if near is L.VISIT_WORD and _negated(n, tok, n.clause[tok], after=False):
            continue  # "på torsdag (ej idag)"
        window_start = n.starts[max(0, tok - before)]
        window_end_tok = min(len(n.tokens) - 1, tok + after)
        window_end = n.starts[window_end_tok] + len(n.tokens[window_end_tok])
        window = text[window_start:window_end]
        if near.search(window) and not (near is L.COMING and _negated(n, tok, n.clause[tok], after=False)):
            other = L.OTHER_UNIT.search(text)
            if other:
                return Fact(False, [n.quote(other.start(), other.end())])
            # the visit word, or the coming word itself ("kom direkt": "kom" is no visit word)
            v = L.VISIT_WORD.search(window) or near.search(window)
            v_tok = n.token_at(window_start + v.start())
            if _negated(n, v_tok, n.clause[v_tok], after=False):
                continue  # "inget extra hembesök behövs idag"
            ev = [n.quote(window_start + v.start(), window_start + v.end()), n.quote(m.start(), m.end())]
            return Fact(True, list(dict.fromkeys(ev)))
    day = L.SAME_DAY_WORD.search(text)
    if day and _comes_in(n) and not L.OTHER_UNIT.search(text):
        # "kommer in till oss för bedömning och d-dimer om en timme": coming in, and today, further apart
        return Fact(True, [n.quote(day.start(), day.end())])
    return None


def _maybe_today(n: Normalized) -> bool:
    """A same-day visit only considered: "ev in idag?" leaves the triage question open."""
    return any(t == "eventuellt" and any(L.SAME_DAY_WORD.match(w) for w in n.tokens[i + 1:i + 4])
               for i, t in enumerate(n.tokens))


def _sob_as_treatment(n: Normalized, h: Hit) -> bool:
    """The program named as what is started or activated ("beslut att starta iKBT i SoB", "programmet aktiverat")."""
    clause_text = " ".join(t for t, c in zip(n.tokens, n.clause) if c == h.clause)
    return bool(L.SOB_AS_TREATMENT.search(clause_text))


def _other_day(n: Normalized) -> bool:
    """A later day is named: a weekday, "om 2 v", a follow-up, or a date as written ("12/5")."""
    return bool(L.OTHER_DAY.search(n.text) or L.WRITTEN_DATE.search(n.original))


def _comes_in(n: Normalized) -> bool:
    """The patient will come in or be seen ("ombeds komma in", "läk vill se pat"), not negated ("behöver ej komma in")."""
    if _other_day(n):  # "ska komma in på återbesök om 3 v"
        return False
    for m in L.COMES_IN.finditer(_without_replaced_visit(n.text)):
        tok = n.token_at(m.start())
        if not _negated(n, tok, n.clause[tok], after=False):
            return True
    return False


def _patient_only_topic(n: Normalized, hs: list[Hit]) -> bool:
    """The patient is named only as what the contact was about ("ringde om pat"): do not assume it was with them."""
    return bool(L.PATIENT_TOPIC.search(n.text)) and not _of(hs, "counterpart", "patient", "strong")


def _booking_without_day(n: Normalized) -> bool:
    """A new visit booked in the call ("fick tid", "tid bokad", "bokas in hos läk") without saying when.
    Rebooking or cancelling an existing time, or a named later day or follow-up, keeps the default."""
    text = L.THIS_CONTACT_BOOKED.sub(" ", _without_replaced_visit(n.text))  # "ringde pat på bokad tid": this contact
    return bool(L.BOOKING_NEW.search(text)) and not L.REBOOKING.search(text) and not _other_day(n)


def extract(text: str) -> dict[str, Fact]:
    n = normalize(text or "")
    if not n.tokens:
        return {}
    hs = hits(n)
    facts: dict[str, Fact] = {}
    channel = _channel(hs)
    counterpart = _counterpart(hs, n)
    activity = _activity(n, hs, channel, counterpart)
    if activity is None:
        return facts
    facts["activity"] = activity
    if activity.value != "dialogue":
        for key, f in (("channel", channel), ("counterpart", counterpart)):
            if f is not None and activity.value == "no_show":
                facts[key] = f
        return facts

    sob = _pick(_of(hs, "sob_program"))
    if sob is not None and sob.value is True and channel is not None and channel.value != "text":
        named = [h for h in _of(hs, "sob_program") if h.value is True]
        if all(_sob_as_treatment(n, h) for h in named):
            sob = Fact(False, ["(programmet är behandlingen som beslutas, kontakten sker utanför)"], "inferred", "weak")
    journal = _pick(_of(hs, "journal_documented"))
    if sob is not None:
        facts["sob_program"] = sob
    if journal is not None:
        facts["journal_documented"] = journal
    if counterpart is None and sob is not None and sob.value is True:
        counterpart = Fact("patient", ["(kontakt i Stöd och behandling)"], "inferred", "weak")
    if channel is None and sob is not None and sob.value is True:
        channel = Fact("text", ["(plattformen Stöd och behandling)"], "inferred", "weak")
    if channel is not None:
        facts["channel"] = channel
    if counterpart is not None:
        facts["counterpart"] = counterpart
    elif channel is not None and not _patient_only_topic(n, hs) and not _joint_contact(n, hs):
        facts["counterpart"] = Fact("patient", ["(underförstått: patienten)"], "inferred", "weak")
    if facts.get("counterpart") and facts["counterpart"].value == "staff":
        return facts

    ident = _pick(_of(hs, "identity_verified"))
    if ident is not None:
        facts["identity_verified"] = ident
    assessment = _assessment(hs)
    replaces = _pick(_of(hs, "replaces_visit"))
    if assessment is not None:
        facts["medical_assessment"] = assessment
    if replaces is not None:
        facts["replaces_visit"] = replaces
        if assessment is None and replaces.value is True:
            # "ersätter det fysiska besöket": staff state the visit-replacing content themselves.
            facts["medical_assessment"] = Fact(True, ["(anges ersätta besök)"], "inferred", "strong")
    elif assessment is not None and assessment.value is True and assessment.strength == "strong":
        # Only a stated decision (dose change, new treatment, referral ...) is taken to replace a visit; a bare
        # "bedömd" in a thin text ("Tel pat, bedömd av ssk.") leaves the question to the engine.
        facts["replaces_visit"] = Fact(True, ["(bedömning med beslut: ersätter besök)"], "inferred", "strong")
    if facts.get("channel") and facts["channel"].value == "phone":
        same = same_day(n)
        if same is not None:
            facts["same_day_visit_same_unit"] = same
        elif not _booking_without_day(n) and not _comes_in(n) and not _maybe_today(n):
            facts["same_day_visit_same_unit"] = Fact(False, [NOT_MENTIONED], "default", "weak")
    if "sob_program" not in facts and not L.SOB_HINT.search(n.text):
        facts["sob_program"] = Fact(False, [NOT_MENTIONED], "default", "weak")
    return facts
