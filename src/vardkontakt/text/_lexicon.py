"""The Swedish lexicon: which words indicate which fact value.

Patterns run on normalized text (see _normalize: lower case, å/ä -> a, ö -> o,
abbreviations expanded, so `pat` is already `patient` and `tel` is `telefon`).
Each cue is (fact, value, strength, pattern). Strength is "strong" or "weak";
a strong cue outweighs any number of weak ones.

Negation (inte, ej, ingen, utan, ...) is handled in _extract: a negated cue is
flipped or dropped, never read as if the negation were not there.
"""
from __future__ import annotations

import re
from typing import NamedTuple


class Cue(NamedTuple):
    fact: str
    value: object
    strength: str
    pattern: re.Pattern[str]
    # What a negated match means: another value of the same fact, or None to drop it.
    negated: object = None
    negatable: bool = True


def _c(fact: str, value: object, strength: str, pattern: str, negated: object = None, negatable: bool = True) -> Cue:
    return Cue(fact, value, strength, re.compile(pattern), negated, negatable)


P = r"patient(?:en)?\b"           # the patient, not the genitive "patientens"
# "inloggning" is an administrative topic ("problem med inloggningen"), except as the
# identification step of a video visit: "BankID-inloggning", "inloggning med BankID".
LOGIN_NOT_IDENTIFICATION = (
    r"(?<!bankid )(?<!bank id )(?<!legitimation )\binloggning\b"
    r"(?! (?:med|via) (?:mobilt )?(?:bank ?id|e ?legitimation))"
)
NEG_WORDS = frozenset("inte ej ingen inget inga utan icke aldrig".split())

CHANNEL = [
    _c("channel", "video", "strong", r"\bvideo\w*|\bbild och ljud\b|\bvidoe\w*|\bvidobe\w*"),
    _c("channel", "video", "weak", r"\bdigital\w* (?:vard)?(?:besok|mote|vardbesok|vardmote)\b"),
    _c("channel", "phone", "strong",
       r"\btelefon\w*|\bring(?:de|er|t|a|s|ts|des|d|ning)?\b|\bupp?ringd\w*|\baterring\w*|\batringd\w*"),
    _c("channel", "phone", "weak", r"\bsamtal(?:et)?\b"),
    _c("channel", "text", "strong",
       r"\b1177\b(?! ?(?:stod|program))|\bmeddelande\w*|\bskrev\b|\bskriver\b|\bskrivit\b|\bskriftlig\w*|\bmejl\w*|\be ?post\b"
       r"|\bsms\w*|\bbrev\b|\bchatt\w*|\binkorg\w*"),
    _c("channel", "text", "weak", r"\bsvar(?:a|ar|ade|at)?\b|\bbesvar\w*|\bskick\w*"),
]

COUNTERPART = [
    _c("counterpart", "none", "strong",
       r"\b(?:inget|ej|inte|ingen) svar\b|\bsvarar (?:inte|ej)\b|\bingen svarar\b|\butan att lyckas\b"
       r"|\b(?:ej|inte) antraffbar\b|\bgar (?:inte|ej) fram\b|\b(?:ej|inte) nadd\b|\btelefonsvarare\b"
       r"|\brostbrevlada\w*", negatable=False),
    _c("counterpart", "representative", "strong",
       r"\b(?:vardnadshavare(?:n|na)?|ombud(?:et)?|god man|gode man|forvaltare(?:n)?|(?:legal )?foretradare(?:n)?"
       r"|anhorig(?:a|e)?|mamma(?:n)?|pappa(?:n)?|foralder(?:n)?|foraldrar(?:na)?|dotter|dottern|sonen"
       r"|maka(?:n)?|maken|sambo(?:n)?|hustru(?:n)?)\b"),
    _c("counterpart", "staff", "strong",
       r"\bhemtjanst\w*|\bhemsjukvard\w*|\bsarskilt boende\w*|\b\w*boendet\b|\bboende(?:personal\w*)?\b"
       r"|\bforsakringskassa\w*|\bsocialtjanst\w*|\bkommun\w*|\bskolskoterska\w*|\belevhalsa\w*|\bskolan\b"
       r"|\b\w*handlaggare\w*|\bkolleg(?:a|an|or|orna)\b|\bpersonal(?:en)?\b|\bvardpersonal\w*"
       r"|\bannan (?:lakare|vardgivare|vardpersonal|enhet|klinik|lakarkollega)\b|\bkonsult\w*|\bsamrad\w*"
       r"|\bvardplanering\w*|\blss\b"),
    _c("counterpart", "staff", "weak",
       r"\b(?:med|till|fran|ringt|ringde|mejlat|mejlade|kontaktat|avstamning med|mote med) "
       r"(?:\w+ )?(?:sjukskoterska\w*|lakare\w*|kurator\w*|arbetsterapeut\w*|fysioterapeut\w*"
       r"|distriktsskoterska\w*|psykolog\w*|dietist\w*|doktor\w*|underskoterska\w*)"),
    _c("counterpart", "patient", "strong",
       r"\b(?:ringde|ringer|ringt|ringa|nadde|natt|traffade|traffat|traffar|ser|sag|skrev till|skriver till"
       r"|skrivit till|svarade|svarat|svarar|besvarat|besvarade|meddelade|meddelat|meddelar|informerade"
       r"|informerat|informerar|mejlat|mejlade|med|till|uppringd av|pamint|paminde|kontaktat|identifierad"
       r"|inloggad|ansluten) (?:upp )?" + P +
       r"|^(?:\w+ ){0,2}" + P + r" (?:ringer|ringde|ringt|har|skriver|skrev|skickar|skickade|ber|bad|undrar"
       r"|undrade|fragar|fragade|loggade|ansluten|inloggad|identifierad|meddelas|informeras|fyllde|deltog"
       r"|anvander|gar|gick|kom|dok|uteblev|vill|o|och)\b", negated="absent"),
    _c("counterpart", "patient", "weak", r"\b" + P + r"|\bbarn(?:et)?\b|\b\d+ ?aring\w*", negated="absent"),
]

ACTIVITY = [
    _c("activity", "no_show", "strong",
       r"\butebl\w*|\bkom (?:inte|ej)\b|\b(?:inte|ej) kommit\b|\bdok (?:inte|ej) upp\b|\bdykt (?:inte|ej) upp\b"
       r"|\bloggade (?:inte|ej) in\b|\b(?:inte|ej) loggat in\b|\banslot (?:inte|ej)\b|\b(?:inte|ej) ansluten\b",
       negatable=False),
    _c("activity", "self_report_form", "strong",
       r"\b(?:sjalvskattning\w*|\w*formular\w*|phq ?9|gad ?7|madrs\w*)\b"),
    _c("activity", "voluntary_info_meeting", "strong", r"\b(?:informationsmote\w*|infomote\w*|informationstraff\w*)"),
    _c("activity", "general_message", "strong",
       r"\ballm(?:an|ant|anna) (?:fraga|fragor|meddelande\w*)|\bmassutskick\w*|\bgenerell\w* fraga"),
    _c("activity", "self_help_program", "strong", r"\bsjalvhjalp\w*|\bhantera oro\b"),
    _c("activity", "sampling", "strong",
       r"\bblodprov\w*|\bprovtagning\w*|\bprov(?:er)? (?:tag\w*|togs)|\btog prov\w*|\bekg\b|\blabbprov\w*"
       r"|\bpk(?: prov)?\b|\bvenprov\w*", negatable=False),
    _c("activity", "document_scanning", "strong", r"\b(?:in)?s[c]?kann\w*|\b(?:in)?scann\w*", negatable=False),
    _c("activity", "referral_received", "strong",
       r"\b(?:inkommen|inkommit|mottagen|mottagit|mottog|ankommen) remiss\w*"
       r"|\bremiss\w* (?:\w+ ){0,3}?(?:inkom\w*|mottag\w*|har kommit|kom in|ankom\w*)|\bremiss(?:en)? fran\b",
       negatable=False),
    _c("activity", "discharge_summary_received", "strong", r"\bepikris\w*", negatable=False),
    _c("activity", "test_result_noted", "strong",
       r"\b(?:noter\w*|signer\w*|vidimer\w*) (?:\w+ )?(?:provsvar\w*|labbsvar\w*)"
       r"|\b(?:provsvar\w*|labbsvar\w*) (?:\w+ )?(?:noter\w*|signer\w*|vidimer\w*|inkom\w*)", negatable=False),
    _c("activity", "test_result_noted", "weak", r"\bprovsvar\w*|\blabbsvar\w*", negatable=False),
    _c("activity", "documentation_summary", "strong",
       r"\bsammanfatt\w* (?:\w+ ){0,3}?(?:dokumentation|journal\w*|handling\w*)|\bjournalgenomgang\w*", negatable=False),
]

# "No contact with a therapist at the time" (the SOB no-registration examples).
NO_TREATER_CONTACT = re.compile(
    r"\b(?:ingen|utan) kontakt med (?:\w+ )?(?:behandlare\w*|personal\w*)|\bingen behandlare\w*"
    r"|\bbehandlare(?:n)? har (?:inte|ej) (?:varit|haft)|\bingen kontakt med patient\w*|\bpa egen hand\b"
)

ASSESSMENT = [
    # Decisions about treatment or investigation, or treatment given.
    _c("medical_assessment", True, "strong",
       r"\b(?:hojer|hojt|hojd|hojs|hojde|okar|okat|okas|okade|sanker|sankt|sanks|sankte|justerar|justerat|justeras"
       r"|justerade|dosjuster\w*|dosokning|dossankning|byter|bytt|bytte|byte av|andrar|andrat|andras|andrade"
       r"|andring av (?:behandling|dos|medicin)\w*|andrad (?:behandling|dos|medicinering|kostplan|behandlingsplan)"
       r"|satter in|satt in|sattes in|insatt\w*|insatter|insattning|startar|startat|startas|startade"
       r"|satter ut|satt ut|utsatt\w*|utsatter|seponer\w*|avslutas|tillagt|lagger till|ordiner\w*"
       r"|forskriv\w*|skriver ut|utskriv\w*|utfardar|utfardat)\b(?! (?:tid|tiden|mottagningstid\w*|adress\w*))",
       negated=False),
    _c("medical_assessment", True, "strong",
       r"\bremiss(?:en)? (?:till|skick\w*)|\b(?:skickar|skrev|skriver|skrivit|skickat|utfardat) remiss\w*"
       r"|\bremitter\w*|\bbestall\w* (?:\w+ )?(?:prov\w*|blodprov\w*|rontgen|lungrontgen|mr|ct|gastroskopi"
       r"|koloskopi|ekg|ultraljud|utredning)|\b(?:vidare|fortsatt|ytterligare|utokad) utredning\b",
       negated=False),
    _c("medical_assessment", True, "strong",
       r"\bny (?:behandling\w*|plan|dos|medicin|kram|medicinering|behandlingsinriktning)\b|\bnytt (?:preparat|intyg"
       r"|traningsprogram)\b|\bannat preparat\b|\bbehandlingsplan\w* (?:\w+ )?(?:andr\w*|juster\w*|upprat\w*|beslut\w*)"
       r"|\b(?:beslut\w*|upprat\w*) (?:\w+ )?(?:behandlingsplan\w*|plan)\b|\bbeslut\w* om\b|\bbeslutade?\b"
       r"|\bforlang\w* (?:\w+ ){0,2}?(?:sjukskrivning\w*|sjukintyg\w*)|\b(?:sjukskrivning\w*|sjukintyg\w*) (?:\w+ )?forlang\w*"
       r"|\boverenskommen plan\b|\bagera\w* pa\b|\bindividualiser\w*|\brekommender\w*",
       negated=False),
    _c("medical_assessment", True, "strong",
       r"\b(?:i ?)?kbt[ -]?(?:behandling\w*|session\w*)|\b(?:gav|ger|gett|given|gavs) (?:\w+ )?(?:i?kbt\w*|behandling\w*"
       r"|kostbehandling)|\bbehandling (?:\w+ )?given\b|\bsession \d+|\bbehandlingssession\w*|\bbehandlingssamtal\w*"
       r"|\bmi samtal\w*|\bmotiverande samtal\w*|\bradgiv\w*|\brokavvanjning\w*|\btobaksavvanjning\w*"
       r"|\bkostbehandling\w*|\bstodsamtal\w*|\bmotivering\b|\binternetbehandling\w*|\bskr(?:ev|iver|ivit) (?:ut )?recept\w*",
       negated=False),
    # Assessment without a stated decision: weak.
    _c("medical_assessment", True, "weak",
       r"\bbedom\w*|\bgenomgang av (?:symtom|besvar)\w*|\bgick igenom (?:symtom\w*|besvar\w*)|\bundersok\w*"
       r"|\bnytillkomna\b|\bforandrade besvar\b|\bnya besvar\b",
       negated=False),
    # No assessment: normal results, unchanged plan, information, administration.
    _c("medical_assessment", False, "strong",
       r"\bnormal\w*|\butan anmarkning\b|\b(?:ingen|inga|utan) (?:\w+ )?(?:andring\w*|atgard\w*|forandring\w*"
       r"|bedomning\w*|ny bedomning)|\boforandrad\w*|\bfortsatt samma\b|\bfortsatter (?:som|enligt)\b"
       r"|\b(?:enligt|som) (?:tidigare|plan|planerat|bestamt)\b|\bfoljs\b|\bfortsatt som tidigare\b"
       r"|\b(?:ingen|utan) medicinsk bedomning\b|\bkand\w* (?:problem|medicin|diagnos|hypotyreos)\w*"
       r"|\bsedan tidigare kan\w*|\bvanliga medicin\w*|\bnasta modul\w*|\bkort svar\b|\bsvar\w* (?:\w+ ){0,2}kort\b",
       negatable=False),
    _c("medical_assessment", False, "strong",
       r"\bboka\w* om\b|\bombok\w*|\bavbok\w*|\bkallelse\w*|\bny tid\b|\b(?:andrad|byte av) (?:\w+ )?(?:tid|mottagningstid)\b"
       r"|\btolk\w*|\bparkering\w*|\boppettider\w*|\bvagbeskrivning\w*|\bhitta\w* till\b|\bbesokstider\b"
       r"|\badress\w*|\bfaktura\w*|\bintyg till (?:forskola\w*|skola\w*)|\bpaminn\w*|\bpamin\w*|\bbekrafta\w* tid\w*"
       r"|\bvad (?:lakaren|doktorn) heter\b|\binloggning\w+|" + LOGIN_NOT_IDENTIFICATION +
       r"|\bvaccinationstid\w*|\btid\w* (?:ar |har )?(?:bokad|flyttad|ombokad)"
       r"|\bflyttas\b|\badministrativ\w*|\bforberedelse\w*|\binfor (?:operation\w*|besok\w*|rontgen|gastroskopi\w*"
       r"|koloskopi\w*|provtagning\w*)|\bhur programmet fungerar\b|\bmedicinlista\w*",
       negatable=False),
]

ASSESSMENT.append(
    # Information to the patient, or the patient asking for something: weak signs of no assessment.
    _c("medical_assessment", False, "weak",
       r"\binformer\w*|\binformation\b|\bmeddela\w* att\b|\bmeddelas\b|\b(?:ber|bad|begar|onskar|vill|fragar"
       r"|fragade|undrar|undrade|fraga|fragor)\b|\b(?:fatt|fick|far) (?:en )?(?:ny )?tid\b", negatable=False)
)

# Markers that make decision words in their clause a request or information, not a decision.
REQUEST = re.compile(r"\b(?:ber|bad|vill|fragar|fragade|undrar|undrade|begar|onskar)\b")
TOPIC = re.compile(r"\bangaende\b|\bgallande\b")
INFORM = re.compile(r"\b(?:informer\w*|information|meddela\w* att|meddelas att|paminn\w*)\b")

REPLACES = [
    _c("replaces_visit", True, "strong",
       r"\bersatt\w* (?:\w+ )?(?:besok|aterbesok|mottagningsbesok)\b|\bi st(?:allet)? f(?:or)? (?:\w+ )?(?:besok\w*|aterbesok"
       r"|mottagningsbesok)\b|\bistallet for (?:\w+ )?(?:besok|aterbesok|mottagningsbesok)\b|\bbesoksersatt\w*"
       r"|\btelefonbesok\b", negated=False),
]

SAME_DAY_WORD = re.compile(r"\b(?:samma dag|idag|i dag|samma eftermiddag|i eftermiddag|i formiddag|ikvall|i kvall|akut ?tid)\b")
VISIT_WORD = re.compile(r"\b(?:tid|tiden|besok\w*|komma in|kommer in|ses|bokad\w*|bokas|besokstid|akuttid|akut tid|in)\b")
OTHER_UNIT = re.compile(r"\b(?:akuten|akutmottagning\w*|annan (?:vardcentral|enhet|mottagning)|hanvis\w*|jourcentral\w*|narakut\w*)\b")
SAME_UNIT_EXPLICIT = re.compile(r"\bsamma enhet\b")

SOB = [
    _c("sob_program", True, "strong",
       r"\bsob\b|\bstod (?:och )?behandling\w*|\bstod och behandlingsprogram\w*|\b1177 program\w*|\bprogrammet\b"
       r"|\bbehandlingsplattform\w*|\bmodul\w*|\bi?kbt programmet\b", negated=False),
]
SOB_HINT = re.compile(r"\bikbt\b|\binternetbehandling\w*")  # often in SOB: do not assume "no"

JOURNAL = [
    _c("journal_documented", True, "strong",
       r"\bjournalfor\w*|\bjournalanteckning\w*|\bjournalfort\w*|\bdokumenter\w* i journal\w*|\bantecknat i journal\w*"
       r"|\bjournalforing\w*", negated=False),
]

IDENTITY = [
    _c("identity_verified", True, "strong",
       r"\bbank ?id\w*|\be ?legitimation\w*|\be leg\b|\blegitimer\w*|\bidentifier\w*|\bid kontroll\w*", negated=False),
]

ALL_CUES = CHANNEL + COUNTERPART + ACTIVITY + ASSESSMENT + REPLACES + SOB + JOURNAL + IDENTITY
