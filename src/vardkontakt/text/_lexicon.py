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
# Who the patient is in other settings: a pupil, a client, the one a god man acts for.
PATIENT_NOUN = r"(?:elev(?:en)?|brukare(?:n)?|klient(?:en)?|huvudman(?:nen)?|deltagare(?:n)?)\b"
# Authorities and other organisations outside care: when named, the contact is with them (staff/authority).
AUTHORITY = (r"\bpolis(?:en)?\b|\bpolismyndighet\w*|\bmigrationsverk\w*|\barbetsformedling\w*|\bsocialsekreterare\w*"
             r"|\btingsratt\w*|\bdomstol\w*|\baklagar\w*|\bkriminalvard\w*|\bkronofogd\w*|\bskatteverk\w*"
             r"|\bmyndighet(?:en|er|erna)?\b|\blansstyrels\w*|\binspektionen for vard\w*|\bivo\b|\btransportstyrels\w*"
             r"|\boverformyndar\w*|\bfamiljeratt\w*|\bskolkurator\w*|\bskolpsykolog\w*|\bsmittskydd\w*|\bsos alarm\b|\blarmcentral\w*"
             r"|\bfrivard\w*|\bambulanspersonal\w*|\braddningstjanst\w*|\bfortroendenamnd\w*|\bpatientnamnd\w*")
# Meetings where staff speak about the patient: "MDK", "teamkonferens", "röntgenronden" (a staff contact, not a place).
MEETING = r"mdt|mdk|\w*konferens\w*|\w+rond(?:en)?"
MEETING_WORD = re.compile(MEETING)
# Organisations and roles that can be the one who calls or writes (subject of a contact verb).
# Not roles or units that may be the writer's own ("BVC-ssk ringde föräldern", "Vårdcentralen ringde upp").
ORGANISATION = (r"(?:\w*apotek(?:et)?|apotekare(?:n)?|habiliteringen|asih(?: sjukskoterska| lakare| personal(?:en)?)?|farmaceut(?:en)?|sjukhuset|akuten|arbetsgivare(?:n)?|foretagshalsovard(?:en)?"
                r"|forsakringsbolag(?:et)?|skolan|forskolan|\w*handlaggare(?:n)?|socialsekreterare(?:n)?"
                # dental care, probation, other clinics and wards, on-call doctors, coordinators
                r"|\w*tandvard\w*|\w*tandlakare\w*|frivard\w*|\w*kliniken|\w*avdelning(?:en)?|\w*jouren|\w*koordinator\w*"
                r"|(?:kurator|lakare|lak|doktor|sjukskoterska|psykolog|fysioterapeut|arbetsterapeut)(?:n)? (?:pa|fran) \w+"
                r"|forlossning\w*|\w+ologen|remitterande \w+|(?<!patient )\w*psykiatrin|\w*koket|rontgen|(?!vard)\w+centralen|\w+akuten)")
CONTACT_VERB = (r"(?:ringer|ringde|ringt|mejlar|mejlade|skriver|skrev|hor av sig|horde av sig|kontaktar|kontaktade"
                r"|konsulterad|konsulterades|kontaktad|kontaktat"
                r"|faxar|faxade|fragar|fragade|meddelar|meddelade)\b")
CONTACT_VERB_RE = re.compile(r"\b" + CONTACT_VERB + r"|\b(?:skickade|skickat|skickar|svarade|svarat|svar)\b")
# "inloggning" is an administrative topic ("problem med inloggningen"), except as the
# identification step of a video visit: "BankID-inloggning", "inloggning med BankID".
LOGIN_NOT_IDENTIFICATION = (
    r"(?<!bankid )(?<!bank id )(?<!legitimation )\binloggning\b"
    r"(?! (?:(?:med|via) )?(?:mobilt )?(?:bank ?id|e ?legitimation|freja\w*|e ?id))"
)
# Results: provsvar, labbsvar, röntgensvar, odlingssvar, PAD-svar ("pad svar" after splitting), EKG-svar.
RESULT = (r"(?:\blabb?varde\w*|\b(?:prov|labb|lab|rontgen|rtg|odlings|pad|ekg|mr|ct|ultraljuds|patolog|cytologi|biopsi|blodprovs)"
          r"(?: )?svar\w*|\bsvar(?:et)? pa (?:den |det )?(?:\w+ )?(?:\w*screening\w*|\w*rontgen\w*|\w*odling\w*|\w*prov\w*|\w*test\w*|biopsi\w*|mr|ct|dt|ekg|ultraljud\w*)|\bremiss ?s?var\w*"
          r"|\b(?!telefon|sms)\w{3,}svaret\b|\b\w*provs?svar\w*)")
# Between a cue and a following negation: "journalanteckning görs inte", "journalföring har ej skett".
AUXILIARIES = frozenset("gors gjordes gjorts sker skedde skett skrivs skrevs har hade ar var blir blev kommer".split())
# What the patient has or shows: after "ökade", "höjt", "sänkt" these are findings, not decisions.
SYMPTOM = (r"(?:besvar(?:en)?|smart(?:a|an|or|orna)?|symtom(?:en)?|oro(?:n)?|angest(?:en)?|feber|temp(?:eratur)?"
           r"|hosta(?:n)?|trotthet(?:en)?|andfaddhet(?:en)?|yrsel(?:n)?|varv(?:en)?|blodtryck(?:et)?|varde(?:n|na)?|crp|krp|sr"
           r"|allmantillstand(?:et)?|aptit(?:en)?|somn(?:en)?|somnbesvar(?:en)?|stress(?:en)?|nedstamdhet(?:en)?)\b")
# Treatment given in the contact itself: "behandlande samtal", "röstbehandling via video 45 min".
TREATMENT_GIVEN = (r"\bbehandlande (?:samtal|session|kontakt)\w*|\b\w+behandling (?:\w+ ){0,2}?\d+ ?min\b"
                   r"|\b\w+behandling (?:via|per|pa) (?:video|telefon)\w*")
# How many drug names end ("sertralin", "propavan", "selexid", "enalapril"); each use adds its own few endings.
DRUG_ENDING = r"in|ol|il|an|am|on|ex|yl|id"
# Not right after a renewal: "förnyat recept på Levaxin", "fornyat Waran-rp" stay renewals.
NOT_RENEWED = r"(?<!forny )(?<!fornyat )(?<!fornyade )(?<!fornyar )"
# Nouns that take a negation for themselves ("ingen bedömning", "ingen ändring"), so it does not reach a later cue.
NEGATED_NOUNS = frozenset("bedomning andring andringar atgard atgarder fragor".split())
NEG_WORDS = frozenset("inte ente ej ingen inget ingenting inga utan icke aldrig saknar no not".split())

CHANNEL = [
    _c("channel", "video", "strong", r"\bvideo\w*|\bbild (?:och |o )?ljud\b|\bljud (?:och |o )?bild\b|\bvidoe\w*|\bvidobe\w*|\bvid(?:samtal|mote|besok|uppfoljning)\w*|\bvidio\w*"),
    # Digital visits and the video platforms staff name instead of the word "video".
    # "distansbesök med bild", "bildsamtal": a real-time picture link is video.
    _c("channel", "text", "strong", r"^text(?= ersatt| till)|\btextbesok\w*"),  # "Text ersätter besök: ..." as a header
    _c("channel", "video", "strong", r"^vid(?= ,)|\b\w+video\b|\bpa skarmen\b|\bbild , ljud\b|\b(?:distans|digital)\w* (?:\w+ )?med bild\b|\bbildsamtal\w*|\bbildlank\w*"),
    _c("channel", "video", "weak", r"\bdigital\w* (?:vard)?(?:besok|mote|vardbesok|vardmote)\b|\b(?:teams|visiba|zoom)\b"
       # "vb" is videobesök at the head of a note ("BUP vb, mamma …", "Vb m ssk"); elsewhere it is "vid behov"
       r"|^vb\b|^\w+ vb ,|\bvb (?:m|med) "),
    _c("channel", "phone", "strong",
       r"\btelefon(?!nummer|numret|nr|lista|katalog|vaxel|tider)\w*|\bring(?:de|er|t|a|s|ts|des|d|ning)?\b|\bupp?ringd\w*|\baterring\w*|\batringd\w*"
       # "återuppringning", "uppringning", "ringtid" (the unit's phone hour), "tfnkontakt"
       r"|\b\w*uppringning\w*|\b(?:behandlar|lakar|kurator|psykolog|terapeut|dietist|barnmorske|skoterske)tel\b|\baterupp?ring\w*|\bringtid\w*|\btfn\w*|\btelkontakt\w*|\btelsamtal\w*|\bjourtel\w*|\bjourlinje\w*|\bteletid\w*"
       # English loans staff write: "callade pat", "returned call", "phone call", "callback".
       r"|\bcall(?:a|ar|ad|ade|at|as|ades|ed|s|ing)?\b|\bcallback\w*|\bphone\w*"
       # advice calls ("rådgivningssamtal ssk", "sjukvårdsrådgivningen"): the telephone advice service
       r"|\b\w*radgivningssamtal\w*|\bsjukvardsradgivning\w*"),
    _c("channel", "phone", "weak", r"\bsamtal(?:et)?\b"),
    _c("channel", "text", "strong",
       r"\b1177\b(?! ?(?:stod|program))|\bmeddelande\w*|\bskriftlig\w*|\bmejl\w*|\be ?post\b"
       # "skriver" is writing to someone, not writing out a prescription or a certificate ("skriver rp", "skrev intyg")
       r"|\bskr(?:ev|iver|ivit)\b(?! ut\b)(?! (?:\w+ )?(?:recept|remiss|intyg|sjukintyg|lakarintyg|sjukskrivning)\w*)"
       # web forms and asynchronous chat of the region ("e-tjänst", "asynkron chatt")
       r"|\be ?tjanst\w*|\betjanst\w*"
       r"|\bsms\w*|\bbrev\b|\bchatt\w*|\bchat\b|\binkorg\w*"
       # compounds and verbs with text: textkontakt, textmeddelande, textade
       r"|\btext(?:kontakt|meddelande|svar|konversation|dialog)\w*|\btext(?:a|ar|ade|at)\b|\b(?:i|via|per) text\b"),
    _c("channel", "text", "weak", r"\bsvar(?:a|ar|ade|at)?\b|\bbesvar(?:a|ar|ade|at|ad|ats|ades|as)\b|\bskick\w*"),
    # Talking with someone, no channel named: in a register of remote contacts that is a call.
    _c("channel", "phone", "weak", r"\b(?:snacka|snackar|snackade|snackat|prata|pratar|pratade|pratat|tala|talar|talade|talat) (?:med|m)\b"),
]

COUNTERPART = [
    _c("counterpart", "none", "strong",
       r"\b(?:inget|ej|inte|ingen) svar\b(?! pa (?:\w+ )?(?:\w*behandling\w*|medicin\w*|lakemed\w*|antibiotika\w*|terapi\w*|\w*kram|\w*salva|tablett\w*))"
       r"|\bsvar(?:ar|ade|at)? (?:inte|ej|aldrig)\b(?! pa (?:\w+ )?(?:\w*behandling\w*|medicin\w*|lakemed\w*|antibiotika\w*|terapi\w*|\w*kram|\w*salva|tablett\w*))"
       r"|\b(?:inte|ej|aldrig) svarat\b(?! tillrackligt)(?! pa (?:\w+ )?(?:\w*behandling\w*|medicin\w*|lakemed\w*|antibiotika\w*|terapi\w*|\w*kram|\w*salva|tablett\w*))"
       r"|\bingen (?:som )?(?:svarar|svarade|svarat|lyfte|lyfter|tog)\b|\butan att lyckas\b|\bno answer\b"
       r"|\b(?:ej|inte) (?:antraffbar|nabar)\b|\bnadde (?:\w+ )?(?:inte|ej)\b|\butan att na\b|\b(?:ej|inte) natt\b|\bgar (?:inte|ej) fram\b|\b(?:ej|inte) nadd\b|\btelefonsvarare\b"
       r"|\brostbrevlada\w*|\butan (?:att fa )?svar\b|\butan att (?:nagon|hon|han|hen|patient\w*) svarade\b"
       r"|\bobesvara(?:d|de|t) (?:samtal|meddelande\w*|uppringning\w*|\w*samtal)|\b(?:samtal|meddelande)\w* (?:\w+ )?obesvara\w*",
       negatable=False),
    # Nobody on the patient's side took part: "ingen av föräldrarna deltog", "utan att pat var med".
    _c("counterpart", "absent", "strong",
       r"\bingen (?:av )?(?:\w+ )?(?:foralder\w*|foraldrar\w*|vardnadshavar\w*|patient\w*|anhorig\w*|barnet)"
       r"(?: \w+){0,4}? (?:deltog|deltar|var med|narvarande)\b"
       r"|\bvar (?:inte|ej) med i samtalet\b|\b(?:patient\w*|barn\w*|foraldrar\w*) (?:och \w+ )?(?:deltog (?:inte|ej)|(?:ej|inte) med)\b"
       r"|\b(?:patient\w*|vardnadshavar\w*|foraldrar\w*|foralder\w*|barnet)(?: och \w+)? (?:var|ar|deltog|deltar) (?:inte|ej) "
       r"(?:med|narvarande)\b|\b(?:patient\w*|barn\w*|foraldrar\w*) (?:ej|inte) (?:narvarande|narv)\b", negatable=False),
    _c("counterpart", "representative", "strong",
       r"\b(?:vardnadshavare(?:n|na)?|ombud(?:et)?|god man|gode man|forvaltare(?:n)?|(?:legal )?foretradare(?:n)?"
       r"|anhorig(?:a|e)?|mamma(?:n)?|pappa(?:n)?|foralder(?:n)?|foraldrar(?:na)?|dotter|dottern|sonen"
       r"|maka(?:n)?|make|maken|sambo(?:n)?|hustru(?:n)?)\b"),
    _c("counterpart", "staff", "strong",
       r"\bhemtjanst\w*|\bhemsjukvard\w*|\bsarskil(?:t|da) boende\w*|\boverrapp\w*|\bvardmeddelande\w*"
       r"|\bforetagshalsovard\w*|\bforetagsskoterska\w*|\bforetagslakare\w*"
       r"|\bdiscuss\w* (?:\w+ ){0,3}?with\b|\b(?:on call )?\w+ologist\b|\b\w*boendet\b|\bboende(?:personal\w*)?\b"
       r"|\bforsakringskassa\w*|\bsocialtjanst\w*|\bkommun\w*|\b\w+kommun(?:en)?\b|\bskol(?:sjuk)?skoterska\w*|\belevhals\w*|\bskolan\b|\bteammote\w*|\bmas\b"
       r"|\b\w*handlagg?are\w*|\brektor\w*|\b\w*kolleg(?:a|an|or|orna)\b|\b\w*larar(?:e|en|na)\b|\b\w*personal(?:en)?\b|\bvardpersonal\w*"
       r"|\bannan (?:lakare|vardgivare|vardpersonal|enhet|klinik|lakarkollega)\b|(?<!\bi )(?<!\befter )\bsamrad\w*"
       r"|\bvardplanering\w*|\blss\b|\bboendestod\w*|\blakare lakare\b|\bsip\b"
       # pharmacies, other units and team meetings about the patient ("i samråd med läk" is part of a visit)
       r"|\b(?:" + MEETING + r")\b|\b(?:kuratorn|psykologen|lakaren|kollegan|sjukskoterskan|arbetsterapeuten|fysioterapeuten|dietisten) och jag\b"
       r"|\bdiskuter\w* (?:\w+ ){0,3}?med (?:\w+ )?(?:kurator|\w*lakare|psykolog|\w*kolleg|radiolog|\w*skoterska)\w*"
       r"|\bmultidisciplin\w*|\bkonferer\w*"
       # authorities and organisations: never the patient, never where a patient is sent for care
       r"|" + AUTHORITY +
       # a consultant named as a noun ("infektionskonsult", "konsultation med"); "läk konsulterad" is below
       r"|(?<!skriftlig )(?<!via )(?<!telefon )(?<!video )\b(?!video|telefon|tel|distans|digital)\w*konsult(?:en|er|erna|ation\w*)?\b|\bdiskuter\w* (?:patient\w*|fallet|barnet|henne|honom) med\b"
       # a specialist asked for advice: "infektionsläk konsulterad per tel" (not "läk konsulterad": the own
       # unit's doctor during a patient contact)
       r"|\b\w{3,}(?:lakare|sjukskoterska|kurator|psykolog|dietist|jouren)(?:n)? (?:\w+ )?"
       r"(?:konsulterad\w*|konsulterats|tillfragad\w*|tillfragats)\b"),
    # An organisation or a role as the one who called or wrote: "Apoteket ringde", "BUP mejlar om pat";
    # or as the one written to or called: "mejlar förskolan", "kontakt har tagits med vårdcentralen i Lund".
    _c("counterpart", "staff", "strong",
       r"(?:^|, )(?:\w+ ){0,2}?" + ORGANISATION + r" " + CONTACT_VERB +
       r"|(?:^|, )" + ORGANISATION + r" (?:telefon|samtal|mejl)\b" +
       r"|\b(?:vardcentral\w*|\w*mottagning\w*|\w*kliniken|\w*avdelning\w*) (?:ringde|ringer|mejlade|mejlar|skrev|skriver) (?:till )?mig\b" +
       r"|\b(?:ringer|ringde|ringt|mejlar|mejlade|mejlat|kontaktar|kontaktade|kontaktat|telefon) " + ORGANISATION + r"\b"
       r"|\b(?:mejl|brev|samtal|meddelande|fragor|telefon|post)\w* (?:fran|fr|till) " + ORGANISATION + r"\b"
       # "Ringt vc i Ystad ang. pats INR", "ringde fotterapeuten ang. pats sår": someone else, about the patient
       r"|\b(?:ringt|ringde|mejlat|mejlade|kontaktat|kontaktade) (?!(?:upp )?(?:patient|vardnadshavare|mamma|pappa|foralder"
       r"|foraldrar|anhorig|dotter|sonen|make|maka|god man|ombud|forvaltare)\w*)(?:\w+ ){1,3}?(?:angaende|gallande|om) patients\b"
       r"|\bkontakt (?:har |ar )?(?:tagits|tagen|togs|tas) med (?:\w+ )?(?:vardcentral\w*|\w*mottagning\w*|\w*kliniken"
       r"|\w*avdelning\w*|sjukhus\w*|apotek\w*|\w*enhet\w*)"),
    _c("counterpart", "staff", "weak",
       r"\b(?:med|till|fran|ringt|ringde|mejlat|mejlade|kontaktat|avstamning med|mote med|konsulter\w*|radfrag\w*) "
       r"(?:\w+ )?(?:\w*sjukskoterska\w*|\w*lakare\w*|kurator\w*|arbetsterapeut\w*|fysioterapeut\w*"
       r"|distrikts?skoterska\w*|\w*terapeut\w*|logoped\w*|pedagog\w*|mentor\w*|psykolog\w*|psykiater\w*|anestesi\w*|dietist\w*|avdelning\w*|sjukhuset|\w*akuten|doktor\w*|underskoterska\w*|apotek\w*|farmaceut\w*|bup\b|barnmorska\w*"
       r"|onkolog\w*|kirurg\w*|ortoped\w*|kardiolog\w*|neurolog\w*|geriatrik\w*|\w*psykiatri\w*|infektionsklinik\w*|\w*jouren"
       r"|\w*teamet|\w+enheten)"),
    _c("counterpart", "patient", "strong",
       # The patient as the object of a contact verb ("ringde upp pat", "callade pat", "tel pat") ...
       r"\b(?:ringde|ringer|ringt|ringa|ring|nadde|natt|traffade|traffat|traffar|ser|sag|skrev till|skriver till"
       r"|skrivit till|svarade|svarat|svarar|besvarat|besvarade|meddelade|meddelat|meddelar|informerade"
       r"|informerat|informerar|mejlat|mejlade|med|till|uppringd av|pamint|paminde|kontaktat|kontaktade|identifierad"
       r"|inloggad|ansluten|callade|callat|calla|telefon|video|textade|textat) (?:upp )?(?:" + P + "|" + PATIENT_NOUN + ")" +
       r"|\b(?:telefon|video|text)\w* (?:av|med|till) " + P +
       # ... or its subject: at the start of the text with any verb ("Pat har ...", "Pat vill ..."), later
       # in the text only with a contact verb ("..., pat ringd", "..., pat skickar"), so that "Säbo ringer,
       # pat har feber" keeps the staff as the counterpart. Not "ombud för pat ringer" (the representative).
       r"|^(?:\w+ ){0,2}(?<!\bfor )(?<!\btill )(?<!\bat )(?<!\bom )(?<!\bangaende )(?:" + P + "|" + PATIENT_NOUN + ")" +
       r" (?:ringer|ringde|ringt|ringd|uppringd|callad|callade|kontaktad|nadd|har|skriver|skrev|skickar"
       r"|skickade|ber|bad|undrar|undrade|fragar|fragade|loggade|ansluten|inloggad|identifierad|meddelas"
       r"|informeras|fyllde|deltog|sitter|anvander|gar|gick|kom|dok|uteblev|vill|o|och|beskriver|berattar|uppger"
       r"|svarar|svarade|far|fick|called|calls|wrote|writes)\b"
       r"|, (?:\w+ )?" + P + r" (?:ringer|ringde|ringt|ringd|uppringd|callad|callade|kontaktad|nadd|skriver|skrev"
       r"|skickar|skickade|svarar|svarade|loggade|ansluten|inloggad|identifierad|bankid|verifierad|legitimerad)\b",
       negated="absent"),
    _c("counterpart", "patient", "weak", r"\b" + P + r"|\bbarn(?:et)?\b|\bpojke(?:n)?\b|\bflicka(?:n)?\b|\btjej(?:en)?\b|\bkille(?:n)?\b|\b\d+ ?aring\w*", negated="absent"),
]

# A role after a booking or hand-over word is where the patient is sent, not who the contact was with:
# "bokad till ssk idag", "tid till läk 10:30", "lagt till dr för bedömning", "hänvisad till kurator".
# Checked on the few words before a weak staff cue (see _extract).
BOOKED_TO = re.compile(
    r"\b(?:bok\w*|inbok\w*|tid|tiden|tider|\w*tid|besok\w*|\w*besok|lagt|lagd|lagts|lagger|lagg|satt upp|satts upp"
    r"|sattes upp|uppsatt|hanvis\w*|remiss\w*|remitter\w*|kallad|kallas|kallat|vantelista\w*|ko|overlamn\w*"
    r"|skickad|skickas|arende\w*|vidarebefordra\w*|vidare|slussa\w*|far|fick|erbjud\w*|erbjod|ges|gavs|komma|kommer"
    r"|mottagning\w*|in|kl|hemgang\w*|utskriv\w*|overflytt\w*|gatt|gick)\b"
)
# Nouns that name the contact itself: a role right after one performed it ("chatt med ssk").
CONTACT_NOUNS = ("chatt", "video", "meddelande", "1177", "sms", "vb", "vardmote", "digital")
# The patient's matter named as the topic: "om pats blodtryck", "ang. patientens medicin".
# Any reference to a patient: the word, a pupil or client, a pronoun, a genitive.
PATIENT_REFERENCE = re.compile(r"\bpatient\w*|\b" + PATIENT_NOUN + r"|\b(?:hans|hennes|hens|honom|henne)\b")
ABOUT_PATIENT = re.compile(
    r"\b(?:om|angaende|gallande|rorande) (?:\w+ (?:hos|for|till|at|av) )?(?:patient\w*|barnet\w*|flickan\w*|pojken\w*|elev(?:en|ens)?\b|brukarens|familjen\w*)")
# A representative acting for the patient: "ombud för pat", "mamma till pat", "vh åt pat".
REP_FOR_PATIENT = re.compile(
    r"\b(?:vardnadshavare\w*|ombud\w*|god man|gode man|forvaltare\w*|foretradare\w*|anhorig\w*|mamma\w*|pappa\w*"
    r"|foralder\w*|foraldrar\w*|dotter\w*|sonen|maka\w*|maken|sambo\w*|hustru\w*) (?:for|till|at) " + P
)

# The representative as the one who called or wrote: "god man ringde ang fakturan", "Vårdnadshavare ringde ...".
REP_CALLER = re.compile(
    r"^(?:\w+ ){0,2}?(?:vardnadshavare\w*|ombud\w*|god man|gode man|forvaltare\w*|anhorig\w*|mamma\w*|pappa\w*"
    r"|foralder\w*|foraldrar\w*|dotter\w*|sonen|make|maken|maka\w*|sambo\w*) "
    r"(?:ringer|ringde|ringt|mejlar|mejlade|skriver|skrev|hor av sig|horde av sig|kontaktar|kontaktade)\b"
)

REP_OBJECT = re.compile(
    r"\b(?:ringer|ringde|ringt|ringa|mejlar|mejlade|skrev till|skriver till|svarade|kontaktade|kontaktar|nadde) (?:upp )?"
    r"(?:vardnadshavare\w*|foralder\w*|foraldrar\w*|mamma\w*|pappa\w*|anhorig\w*|god man|ombud\w*|forvaltare\w*"
    r"|dotter\w*|sonen|make|maken|maka\w*|sambo\w*)\b"
)
# Roles that, before "på <unit>", are the ones speaking ("ssk på särskilt boende ringer").
ROLE_WORDS = frozenset(
    "sjukskoterska sjukskoterskan underskoterska underskoterskan lakare lakaren personal personalen doktor doktorn "
    "kurator kuratorn arbetsterapeut arbetsterapeuten fysioterapeut fysioterapeuten kollega kollegan "
    "distriktsskoterska distriktsskoterskan enhetschef enhetschefen mentor mentorn larare lararen rektor rektorn "
    "handlaggare handlaggaren mas ssk usk kontaktperson kontaktpersonen assistent assistenten samordnare samordnaren gruppledare gruppledaren "
    "pedagog pedagogen pedagogerna".split())
# Organisations in the genitive: "hemsjukvårdens besök" is a topic unless a role follows ("kommunens arbetsterapeut").
ORG_GENITIVES = frozenset(
    "hemsjukvardens hemtjanstens kommunens boendets socialtjanstens forsakringskassans skolans forskolans apotekets".split())

# "intyg till Försäkringskassan", "intyg till förskolan": where a certificate goes, not who the contact was with.
CERTIFICATE_TO = re.compile(r"\b\w*(?:intyg|utlatande|underlag|remiss)\w* (?:\w+ ){0,2}?(?:till|for) $|\bhanvis\w* till $")
# The patient only as the topic of someone else's contact: "ringde om pat", "frågade angående pat".
PATIENT_TOPIC = re.compile(r"\b(?:om|angaende|gallande|rorande|kring|ang) " + P)
# A treatment session or an explicit replaced visit: the professional named ("per telefon m kurator") performs it.
PATIENT_SESSION = re.compile(TREATMENT_GIVEN + r"|\bbehandlingssamtal\w*|\bbehandlingssession\w*|\bsession \d+")
# Consulting a colleague during a patient contact ("läk konsulterad", "konsulterade hudläkare").
CONSULTED = re.compile(r"\bkonsulter\w*|\bradfrag\w*")

# "kom inte in i programmet/appen": could not log in, not a no-show.
NOT_IN = (r" in (?:i|pa) (?:\w+ )?(?:programmet|appen|plattformen|systemet|1177|tjansten|inkorgen|kontot)"
          r"| in (?:med|via) (?:mobilt )?(?:bank ?id|e ?legitimation|freja)")

ACTIVITY = [
    _c("activity", "no_show", "strong",
       r"\butebl\w*\b(?! (?:mens|menstruation)\b)(?! (?:\w+ )?(?:skattning|formular|rapport|inloggning|registrering|svar)\w*)|\bkom (?:inte|ej|aldrig)\b(?!" + NOT_IN + r")|(?<!som )(?<!svaret )(?<!svar )(?<!svaren )(?<!kallelsen )(?<!brevet )(?<!remissen )(?<!receptet )(?<!intyget )(?<!paketet )\b(?:inte|ej|aldrig) kommit\b(?! fram)|\bdok (?:inte|ej|aldrig) upp\b"
       r"|\bdykt (?:inte|ej|aldrig) upp\b|(?<!som )\bloggade (?:inte|ej|aldrig) in\b|(?<!som )\b(?:inte|ej|aldrig) loggat in\b"
       r"|\banslot (?:inte|ej|aldrig)\b|\bvarken (?:\w+ ){1,5}?(?:anslot|kom|loggade in|dok upp)\b|\bkopplade (?:inte|ej|aldrig) upp\b|\b(?:inte|ej|aldrig) kopplat upp\b|\b(?:inte|ej|aldrig) ansluten\b|\bno ?show\w*|\bnoshow\w*"
       r"|\b(?:inte|ej|aldrig|ingen) (?:kom\b(?!" + NOT_IN + r")|dok upp\b|dykt upp\b|anslot\b|anslutit\b|loggade in\b)"
       r"|\bingen anslutning (?:fran|av) (?:" + P + r"|" + PATIENT_NOUN + r")"
       # a booked phone or video time missed: "missad videotid", "nåddes ej på bokad tid"
       r"|\bmissa(?:d|de|t|r)? (?:sin |sitt |den |det )?(?:\w+ ){0,1}?(?:\w*tid|\w*besok\w*|\w*samtal\w*|\w*mottagningen)\b"
       r"|\bnadd(?:es)? (?:inte|ej|aldrig) (?:pa|vid) (?:den )?(?:bokad|bokade|avtalad|avtalade|utsatt|utsatta) tid\w*",
       negatable=False),
    _c("activity", "self_report_form", "strong",
       r"\b(?:sjalvskattning\w*|\w*formular\w*|phq ?9|phq ?a|gad ?7|madrs\w*|self report\w*|audit\w*|dagboksregistrering\w*)\b"
       r"|\b(?:loggat|loggade|loggar) (?:\w+ ){0,2}?(?:i )?(?:\w+ )?\w*dagbok\w*"
       # named rating scales and symptom ratings sent in: "EPDS", "IPSS", "symtomskattning ifylld"
       r"|\b(?:symtom|sjalv|smart|somn|depressions|angest|vecko|manads|dags)skattning\w*|\bskattningsskal\w*|\b(?:epds|ipss|dudit|asrs|isi|ess)\b"
       r"|\bifyll(?:d|da|t)\b|\b(?:sjalv|symtom|vecko)?skattn\b|\b(?:veckans|dagens|gjort|gjorde) (?:\w+ )?skattning\w*|\b(?:veckans|dagens) (?:\w+ )?registrering\w*|\bskatta(?:de|r|t) (?:sin|sitt|sina|\w+)\b|\b(?:registrera\w*|fyllde i|skattade) (?:\w+ ){0,3}?\w*dagbok\w*|\bsnap ?iv\b|\b(?:fyllt|fyllde|fyller|fylla) (?:sjalv |sjalva )i\b"
       # diaries, health declarations and questionnaires the patient fills in on the platform
       r"|\bhalsodeklaration\w*|\b\w*enkat\w*|(?<!att )(?<!ska )\b(?:fyllt|fyllde|fyller|fylla) i\b"),
    _c("activity", "voluntary_info_meeting", "strong",
       r"\b(?:informationsmote\w*|infomote\w*|webbinfo\w*|webbinformation\w*|infotraff\w*|informationstraff\w*|informationskvall\w*|infokvall\w*"
       r"|webb?inar\w*|\w*forelasning\w*|foraldrainfo\w*|information kvall\w*|foraldrautbildning\w*|foraldratraff\w*|foraldragrupp\w*)"
       r"|\bfrivillig\w* (?:\w+ ){0,4}?(?:\w*forelasn\w*|\w*traff|\w*mote|grupptraff|gruppmote|samling|informationstillfalle|\w*information|deltagande"
       r"|\w*utbildning)\w*"),
    _c("activity", "general_message", "strong",
       r"\ballm(?:an|ant|anna) (?:1177 )?(?:fraga|fragor|meddelande\w*|utskick\w*|info|information)\b|\btill alla som\b|\bmassutskick\w*|\bmassmeddelande\w*|\bgenerell\w* (?:fraga|info\w*|meddelande\w*)"
       # one message to many: "gruppmeddelande till alla deltagare", "utskick till samtliga listade"
       r"|\bgruppmedd\w*|\bnyhetsbrev\w*|^utskick\b|\btill (?:hela gruppen|alla i gruppen|alla i programmet)\b|\bgrupputskick\w*|\butskick\w* (?:\w+ ){0,3}?till (?:alla|samtliga)\b"
       r"|\b(?:till|t) (?:alla|samtliga) (?:\w+ )?(?:deltagare|listade|patient|invanare|familjer|foraldrar|vardnadshavare)\w*"
       r"|\bgemensamt? (?:1177 )?(?:meddelande|utskick|sms)\w*|\btill alla i \w+|\bmass ?(?:mail\w*|mejl\w*)"),
    _c("activity", "self_help_program", "strong", r"\bsjalvhjalp\w*|\bhantera oro\b|\begenvard\w*program\w*",
       negatable=False),  # "utan behandlare (självhjälp)": the negation is about the therapist
    _c("activity", "sampling", "strong",
       r"\bblodprov\w*|\bprovtagning\w*|\bprov(?:er)? (?:tag\w*|togs)|\btog \w*prov\w*|\b\w*(?:test|cytologi)\w* (?:\w+ ){0,3}?(?:tagen|taget|tagna|tagits|togs)\b|\bprov\w* (?:\w+ ){1,3}?tagna\b|(?<!for )\bekg\b|\blabbprov\w*"
       r"|(?<!nasta )(?<!ny )(?<!nytt )\bpk(?: prov)?\b|\bvenprov\w*"
       # a sample handed in: "urinodling lämnad på lab", "lämnat urinprov"
       r"|\b\w*(?:odling|prov)\w* (?:\w+ )?(?:lamna\w*|inlamna\w*|tagen|taget|tagna|tagits|togs|tas)\b"
       r"|\b(?:lamna\w*|inlamna\w*) (?:\w+ )?\w*(?:odling|prov)(?!svar)\w*|\b\w*urin\w* (?:\w+ ){0,3}?lamna\w*"
       r"|\b(?:hba1c|crp|hb|inr|pk|blodsocker|psa|tsh) (?:\w+ )?(?:taget|tagen|tagits|togs|tas)\b|\b\w+ taget pa lab\b", negatable=False),
    _c("activity", "document_scanning", "strong", r"\b(?:in)?s[c]?kann\w*|\b(?:in)?scann\w*", negatable=False),
    _c("activity", "referral_received", "strong",
       r"\b(?:inkommen|inkommit|inkommande|mottagen|mottagit|mottog|ankommen) \w*remiss\w*|\begenremiss\w*"
       r"|\bremiss\w* (?:\w+ ){0,3}?(?:inkom\w*|mottag\w*|har kommit|kom in|ankom\w*)|\bremiss(?:en)? fran\b"
       r"|\bremiss\w* till oss\b|\bremiss in (?:fran|fr)\b",
       negatable=False),
    _c("activity", "discharge_summary_received", "strong", r"\bepikris\w*", negatable=False),
    _c("activity", "test_result_noted", "strong",
       r"\b(?:noter\w*|signer\w*|vidimer\w*|kvitter\w*|last|laste|lasit) (?:\w+ )?" + RESULT +
       r"|" + RESULT + r" (?:\w+ ){0,2}?(?:noter\w*|signer\w*|vidimer\w*|kvitter\w*|inkom\w*|mottag\w*|ankom\w*)"
       r"|\b(?:lab|labb|test|prov)? ?results? (?:\w+ )?(?:noted|reviewed|seen|signed)\b"
       r"|\bnoter\w* (?:, )?(?:\w+ ){0,4}?(?:krea\w*|egfr|hba1c|hb|crp|tsh|inr|ldl|kalium|natrium|alat|asat|psa)\b"
       r"|\b(?:krea\w*|egfr|hba1c|hb|crp|tsh|inr|ldl|kalium|natrium|alat|asat|psa) (?:\w+ ){0,4}?(?:noter\w*|inlast)"
       r"|\butlatande\w* (?:fran|fr) (?:\w+ )?(?:rontgen|patolog\w*|lab\w*|fysiolog\w*)"
       r"|\bsvar (?:fran|fr) (?:rontgen|lab\w*|patolog\w*|fysiolog\w*|mikrobiolog\w*)"
       r"|\b\w*rapport\w* (?:\w+ ){0,3}?noter\w*"
       # any named analysis answered and noted: "TRAb-svar inkommit", "kalpro-svar noterat", "drogscreeningen negativ"
       r"|\b(?!1177|telefon|sms|mejl|skriftlig|text)\w{2,} svar (?:\w+ ){0,2}?(?:inkom\w*|noter\w*|signer\w*|vidimer\w*)"
       r"|\bnoter\w* (?:att )?(?:\w+ ){0,2}?\w*screening\w*"
       r"|\b\w+ (?:neg|pos|negativt?|positivt?|normalt?) (?:noterat|noteras|noterad)\b"
       r"|\b(?!telefon|sms|1177|mejl|text|skriftlig|meddelande)\w{4,}svar (?:\w+ ){0,5}?(?:noter\w*|signer\w*|vidimer\w*)"
       r"|\b[a-z]\w* \d+(?: \d+)? noter(?:at|ad|as)\b"
       r"|\bsvar(?:et)? (?:pa |fran )?(?:\w+ |, ){1,6}?(?:inkom\w*|noter\w*|signer\w*)"
       r"|\bnoterat , (?:\w+ ){0,2}?(?:pad|svar|provsvar|labb?|cytologi|histologi)\b",
       negatable=False),
    _c("activity", "test_result_noted", "weak", RESULT, negatable=False),
    _c("activity", "documentation_summary", "strong",
       r"\binkomna (?:\w+ ){0,6}?sammanfatt\w*|"
       r"\b(?:sammanfatt|sammanstall|summer)\w* (?:\w+ ){0,3}?(?:dokumentation|journal\w*|handling\w*|intyg\w*|underlag\w*|utlatande\w*|inkom\w*|det som kommit in)"
       r"|\b(?:dokumentation|journal\w*|handling\w*|intyg\w*|underlag\w*|utlatande\w*) (?:\w+ ){0,8}?sammanfatt\w*"
       r"|\bjournalgenomgang\w*|\bjournalgranskning\w*|\bgenomlasning\w*"
       r"|\b(?:last|laser|lasa|gatt|gar|gick) igenom (?:inkommen |inkommet |inkomna )?(?:dokumentation|handling\w*|underlag\w*)"
       r"|\blakemedelsgenomgang\w* (?:\w+ ){0,3}?(?:utifran|fran|i|ur) journal\w*"
       r"|\b(?:last|laser|lasa|gatt|gar|gick) igenom (?:\w+ )?journal\w*", negatable=False),
]

# A referral the patient sends in (often through 1177): a document received, not a message exchanged.
SELF_REFERRAL = re.compile(r"\begenremiss\w*")
# "No contact with a therapist at the time" (the SOB no-registration examples).
NO_TREATER_CONTACT = re.compile(
    r"\b(?:ingen|utan) kontakt med (?:\w+ )?(?:behandlare\w*|personal\w*|terapeut\w*|psykolog\w*)"
    r"|\b(?:ingen|utan) (?:behandlare|terapeut|psykolog|personal|vardpersonal)\w*(?: (?:inblandad|involverad|delaktig))?"
    r"|\bbehandlare(?:n)? har (?:inte|ej) (?:varit|haft)|\bingen kontakt med patient\w*|\bpa egen hand\b"
    r"|\bingen kontakt\b|\bpa eget initiativ\b|\binga meddelanden (?:\w+ ){0,4}?behandlare\w*"
    r"|\b(?:ingen|utan) (?:individuell |personlig )?(?:behandlar|terapeut|personal)?kontakt\b"
    r"|\bbehandl\w* (?:ej|inte) (?:inblandad|involverad|delaktig)"
)

ASSESSMENT = [
    # Decisions about treatment or investigation, or treatment given.
    _c("medical_assessment", True, "strong",
       # Each verb with its inflections: infinitive, present, past, supine, participle, passive.
       # (not after a lab value or the weight: "kreatinin ökat", "vikten sänkt" are findings)
       r"(?<!kreatinin )(?<!kolesterol )(?<!blodsocker )(?<!blodsockret )(?<!crp )(?<!hb )(?<!vikt )(?<!vikten )"
       r"\b(?:hoj(?:a|er|t|d|da|s|de|as|des)?|utok(?:a|ar|at|as|ade|ades|ad|ning)|inled(?:a|er|de|s|des|ts)(?! (?:\w+ )?samtal\w*)|okad (?=\w*dos)|ok(?:a|ar|at|as|ade|ades)|sank(?:a|er|t|s|te|as|ts)"
       r"|juster(?:a|ar|at|as|ade|ad|ing)|(?<!har )minsk(?:a|ar|at|ade)(?= [a-z])(?! (?:nagot|lite|ngt|betydligt|tydligt|mycket|sedan|efter)\b)|dosreducer\w*|dosjuster\w*|dosandr\w*|dosokning|dossankning|dosreduktion\w*|dosminskning\w*|doshojning\w*"
       r"|byt(?:a|er|t|te|s|es|as)|byte av|andr(?:ar|at|as|ade)"
       r"|andring av (?:behandling|dos|medicin)\w*|andrad \w*(?:behandling|dos|medicinering|kostplan|behandlingsplan|somnrestriktion)\w*"
       r"|sat(?:ter|te|t|tes|ts|ta) (?:in|ut)|satts (?:\w+ )?(?:in|ut)\b|(?<!lange )(?<!tidigare )(?<!redan )insatt\w*|insatter|insattning|aterinsatt\w*|aterinsatter|aterstart\w*"
       r"|(?<!kan )start(?:a|ar|at|as|ade|ad|ades)?(?! (?:blir )?(?:som planerat|enligt (?:\w+ )?plan))|uppstart\w*|(?<!kan )pabor(?:ja|jar|jas|jat|jade|jad)"
       r"|utsatt\w*|utsatter|seponer\w*|avslutas"
       r"|tillagt|tillagd|tillagda|lagger till|lagts till|laggs till|lades till|lade till|la till|tillagg (?:av|med|pa)|ordiner\w*"
       r"|forskr(?:iv|ev)\w*(?! (?:\w+ ){0,3}?forny\w*)|progreder\w*|skriver ut|skrev ut|utskriv(?!ning)\w*|utfardar|utfardat"
       r"|trapp(?:a|ar|as|at|ade|ades|ad) (?:ner|ned|ut|upp)|(?:ned|upp|ut)trappning\w*|halver\w*|dubbler\w*)\b"
       r"(?! (?:tid|tiden|mottagningstid\w*|adress\w*|av (?:besok|samtal)\w*|\d|v \d|vecka|i (?:systemet|pasis|tidboken|kassan|registret)))"
       # "ökade besvär", "höjt blodtryck", "sänkt allmäntillstånd" describe the patient, not a decision.
       r"(?! (?:\w+ )?" + SYMPTOM + r")",
       negated=False),
    # Moving a treatment: "nästa injektion tidigareläggs", "kuren senareläggs".
    _c("medical_assessment", True, "strong",
       r"\b\w*(?:injektion|behandling|dos|kur|infusion)\w* (?:\w+ )?(?:tidigarelag\w*|senarelag\w*)", negated=False),
    # English decisions with a drug and dose: "Adding Amlodipin 5 mg", "increased sertraline to 100 mg".
    _c("medical_assessment", True, "strong",
       r"\b(?:adding|added|add|start(?:ed|ing)|increas\w*|decreas\w*|reduc(?:ed|ing)|prescrib\w*|switch\w*|stopp?(?:ed|ing)?)"
       r" (?:\w+ ){0,2}?(?:\d+ ?(?:mg|g|ml|mikrog\w*)\b|dose\b)", negated=False),
    _c("medical_assessment", True, "strong",
       r"\bavslut(?:ar|ade|at|ad|a) (?:\w+ )?(?:behandling\w*|antibiotika\w*|kur\w*|medicin\w*|medicinering\w*|lakemed\w*)"
       r"|\b(?:i?kbt|behandling|exponering|beteendeaktivering)\w* (?:\w+ )?(?:given|gavs|genomford\w*|genomfort)\b"
       r"|\bombedd\w* (?:att )?(?:aka|ga|komma|uppsoka) (?:in )?till (?:\w+ )?(?:forlossning\w*|akut\w*|sjukhus\w*|jour\w*|narakut\w*)"
       r"|\b(?:gar|gick|gatt) vidare till (?:nasta )?(?:steg|fas|niva)\b"
       r"|\bforlangning\w* (?:\w+ ){0,3}?(?:motiverad|beviljad|beslutad|gjord)|\bbevilja\w* (?:\w+ ){0,2}?forlangning\w*"
       # a treatment per the doctor's order: "kortisonkur enligt läk"
       r"|\b\w*(?:kur|antibiotika|behandling) enligt (?:lakare\w*|doktor\w*|ordination)\b|\btitrer\w*"
       r"|\b(?:lagger|lade|la|lagt) in (?:\w+ ){0,2}?(?:session\w*|\w*behandling\w*)"
       r"|\b(?:kortar|kortas|forkortar|forkortas) (?:\w+ )?(?:sangtid\w*|\w*fonster\w*|behandling\w*|kur\w*)"
       r"|\btar (?:nytt|ny|nya) (?:\w+ )?(?:prov\w*|tsh|crp|hb|blodprov\w*|lab\w*|ekg)\b"
       r"|\b(?:satte|satt|satter) upp (?:nya|ny|nytt) (?:mal|plan\w*|\w*schema\w*)"
       r"|\b\w*(?:infusion|behandling|kur|dos)\w* (?:\w+ )?(?:skjuts upp|pausas|avbryts)\b"
       r"|\b(?:dt|ct|mr|rontgen|ultraljud|\w*skopi|ekg|prov|prover|blodprov\w*|utredning\w*) (?:\w+ ){0,2}?(?:bokas|bokad|bokat|bestalls|bestalld|bestallt|remitteras)\b"
       r"|\bta (?!med\b)(?:\w+ )?(?:blodstatus|prover|crp|blodprov\w*|odling|urinprov\w*|ekg)\b"
       r"|\bbeslut (?:om |att )?(?:\w+ )?\w*(?:utredning|remiss|rontgen|operation|byte)\w*"
       r"|\b(?:i|till) (?:en )?(?:lagre|hogre) dos\w*|\bersatt(?:es|s)? med\b|\bbesl(?:ot|ots|utit|utits|utades) om\b"
       r"|\b(?:overenskommen|overenskomm\w*) (?:\w+ )?(?:ny|nya|nytt) (?:plan|mal)\w*",
       negated=False),
    # Nothing taken up about new symptoms: "ingen ställning tagen till nya besvär" (a renewal stays a renewal);
    # or no assessment at all, said as a clause of its own ("..., ingen bedömning gjord").
    _c("medical_assessment", False, "strong",
       r"\b(?:ingen|inte nagon) (?:stallning|bedomning)\w* (?:\w+ ){0,4}?(?:ny|nya|nytt|nagra nya) besvar\w*"
       r"|(?:^|, )ingen (?:medicinsk )?bedomning(?: (?:gjord|gjordes|gjorts)(?: i samtalet)?)?(?= ,|$)|\bingen medicinsk fraga\b|\b(?:ej|ingen|inte) medicinsk bedomning\b"
       r"|\bnagon bedomning (?:\w+ ){0,4}?(?:gjordes|gjorts|gors) (?:inte|ej)\b"
       # changed in a register ("ändrat i systemet"): administration
       r"|\band(?:rat|rade|ras|rad) i (?:systemet|pasis|tidboken|kassan|registret)\b", negatable=False),
    # A program activated for the patient after an assessment (the guideline's phone example): a treatment decision.
    _c("medical_assessment", True, "strong",
       r"\baktiver(?:ar|ade|at|as|ades) (?!(?:\w+ ){0,2}?(?:modul|avsnitt|kapitel|lektion|nasta|steg)\w*)(?:\w+ ){0,3}?"
       r"(?:\w*program\w*|sob\b|stod (?:och )?behandling\w*)", negated=False),
    # "ök" (the short form of "öka", folded to "ok") only before a dose: "ök Amlodipin till 10 mg", "ök dosen".
    _c("medical_assessment", True, "strong",
       r"\bok (?:dos\w*|(?:\w+ ){0,2}?till \d+ ?(?:mg|mikrog\w*|g|ml|e|ie|tabl\w*|st)\b)", negated=False),
    # Re-planning and permission: "la om behandlingen", "lägger om planen", "får börja jogga".
    _c("medical_assessment", True, "strong",
       r"\b(?:la|lade|lagt|lagger|lagg|laggs|lades) om (?:\w+ )?(?:plan\w*|behandling\w*|medicin\w*|insulin\w*|dos\w*"
       r"|kost\w*|\w*behandling\w*|\w*schema\w*|till)\b|\bfar borja\b|\b(?:gjorde|gor|gjort|gora) om (?:\w+ )?(?:plan\w*|behandling\w*|upplagg\w*)"
       # "lagt till Loperamid vb", "lade till X 5 mg": an added drug, not a hand-over ("lagt till dr")
       r"|\b(?:lagt|lade|la) till (?:\w+ ){1,2}?(?:\d+ ?(?:mg|g|ml|e|ie)\b|vid behov\b|vb\b|x ?\d\b)"
       # extending a treatment for a time ("förlänger droppbehandlingen 2 v"); extending a prescription is a renewal
       r"|\bforlang(?:er|de|t|s|a|ts) (?!(?:\w+ ){0,2}?recept)(?:\w+ ){0,3}?(?:\d+|en|ett|tva|tre|fyra|fem|sex) ?(?:v|veckor|vecka|d|dgr|dagar|man|manader)\b"
       # an investigation ordered, named first: "MR beställd", "rtg beställd om 6 v"
       r"|\b(?:prov\w*|blodprov\w*|rontgen|lungrontgen|mr|ct|dt|ekg|ultraljud|lab|labb|labbprov\w*|odling\w*"
       r"|kalprotektin|crp|tsh|psa|hb|blodstatus|leverprov\w*|spirometri|mammografi|gastroskopi|koloskopi) "
       r"(?:\w+ ){0,4}?bestall(?:d|da|t|s|es|des)\b",
       negated=False),
    # A treatment noun with a change participle: "insulindosen anpassad", "belastningen i programmet ökad",
    # "tekniken korrigerad". (Symptoms with the same participles, "ökad stress", stay findings.)
    _c("medical_assessment", True, "strong",
       r"\b\w*(?:dos|belastning|traning|program|behandling|medicinering|teknik|somnfonst|exponeringsschema|lindring)\w* (?:\w+ ){0,3}?"
       r"(?:okad|okat|okats|okas|hojd|hojt|hojs|sankt|sankts|sanks|minskad|minskat|minskas|korriger\w*|anpassa\w*|flyttas|flyttat"
       r"|juster\w*|andrad|andrat|andras)\b(?! (?:\w+ )?" + SYMPTOM + r")"
       r"|\b(?:anpassa\w*|korriger\w*) (?:\w+ )?\w*(?:dos|belastning|traning|program|behandling|teknik)\w*"
       # a drug-like name right before the change: "sertralin ökad", "insulin justerat" (not lab values)
       r"|" + NOT_RENEWED + r"\b(?!kreatinin|hemoglobin|kolesterol|bilirubin|albumin|ferritin|troponin|glukos|kalium|natrium)"
       r"\w{3,}(?:" + DRUG_ENDING + r"|ix|ax)(?:en|et)?\b (?:okad|okat|hojd|hojt|sankt|minskad|minskat|juster\w*|andrad|andrat"
       r"|utsatt|insatt|upp|ord|ordin|recept|\d+ ?(?:d|dagar|dgr))\b|\bord (?=\w{4,}(?:" + DRUG_ENDING + r"|ix)\b)"
       r"|" + NOT_RENEWED + r"(?<!forlangt )(?<!forlanger )(?<!forlangde )\brecept (?:pa )?(?!fornyelse|fornya)"
       r"\w{4,}(?:" + DRUG_ENDING + r"|ir)\b(?!(?: \w+){0,3} (?:forny|forlang)\w*)",
       negated=False),
    # A referral written now, named by its destination: "remiss fysioterapi" (not "remiss från", "remiss inkommen").
    _c("medical_assessment", True, "strong",
       r"\bremiss (?!(?:fran|inkom\w*|mottag\w*|har|ar|kom|angaende|om|till)\b)\w+(?<!\bskrivs)", negated=False),
    # Lowering a dose: "minskar dos till", "dosen minskas", "reducerad dos"; bare "minskar" is often the symptom.
    _c("medical_assessment", True, "strong",
       r"\b(?:minsk|reducer)\w* (?:\w+ ){0,2}?(?:dos\w*|till \d+ ?(?:mg|mikrog\w*|g|ml|e|tabl\w*|st)\b)"
       r"|\bdos\w* (?:\w+ ){0,2}?(?:minsk|reducer)\w*", negated=False),
    _c("medical_assessment", True, "strong",
       r"\bremiss (?:till|skick\w*|skrivs|skrevs|skriven|utfardas|utfardad)|\bremissen (?:till (?:\w+ ){1,2}?)?"
       r"(?:skickas|skrivs|gar)\b|\b(?:skickar|skrev|skriver|skrivit|skickat|utfardat) remiss\w*"
       r"|\bremitter\w*|\bbestall\w* (?:\w+ )?(?:prov\w*|blodprov\w*|rontgen|lungrontgen|mr|ct|gastroskopi"
       r"|koloskopi|ekg|ultraljud|utredning|lab|labb|labbprov\w*|analys\w*|odling\w*|spirometri|mammografi|dt"
       r"|kalprotektin|crp|tsh|psa|hb|blodstatus|leverprov\w*)\b"
       r"|\b(?:vidare|fortsatt|ytterligare|utokad) utredning\b"
       # sick leave written now: "sjukskriver 2 v", "sjukskrivs ytterligare"
       r"|\bsjukskr(?:iver|ev|ivit|ivs|evs|iven|ivna)\b",
       negated=False),
    _c("medical_assessment", True, "strong",
       r"\bny (?:behandling\w*|plan|dos|medicin|kram|medicinering|behandlingsinriktning)\b|\bnytt (?:preparat|intyg"
       r"|traningsprogram|program|recept)\b|\bannat preparat\b|\bbehandlingsplan\w* (?:\w+ )?(?:andr\w*|juster\w*|upprat\w*|beslut\w*)"
       r"|\b(?:beslut\w*|upprat\w*) (?:\w+ )?(?:behandlingsplan\w*|plan)\b"
       r"|(?<!tidigare )(?<!redan )(?<!tidigare fattat )(?<!som )\b(?:beslut\w* (?:om|att)\b|beslut(?:ar|ade|at)\b)"
       r"|\baktiver\w* (?!(?:\w+ ){0,3}?(?:modul|avsnitt|kapitel|lektion))(?:\w+ ){0,4}?(?:\w*program\w*|ikbt\w*|internetbehandling\w*)\b"
       r"|(?<!del av )(?<!delen av )(?<!modul i sob )(?<!modul i )\b(?:program|programmet|ikbt) (?:\w+ )?(?:ar |har )?aktiver\w*"
       r"|\bbehandling\w* (?:\w+ )?forlang\w*|\bforlang\w* (?:\w+ )?behandling\w*|\blad(?:es|e) om\b|\blagts om\b"
       # "flytta dosen till morgonen", "gjort plan m dryckesdagbok", "kom överens om att ...", "fysioremiss"
       r"|\bflytta\w* (?:\w+ )?dos\w*|\b(?:gjort|gjorde|lagt|lade|la|upprattat|upprattade) (?:upp )?(?:en )?(?:ny )?\w*plan\b"
       r"|\bla om\b|\bfick (?:\w+ )?recept\b(?!(?: \w+){0,2} forny)"
       r"|(?<!som )(?<!som vi )\bkom (?:\w+ )?overens om\b|\bny (?:medicinering|profylax)\b|\bny (?:\w+ )?kur\b|\bbyte till\b|\btillagg (?:\w+ )?\w*(?:spray|kram|salva|tablett\w*|dos)\b|\bbestamde (?:att|vi)\b"
       r"|\bbestall(?:er|de|t) (?:\w+ ){0,2}?(?:mr|ct|dt|rontgen|prov\w*|blodprov\w*|ekg|ultraljud|lab\w*)\b"
       r"|\b(?:sjukskriv\w*|sjukintyg\w*) , forlang\w*"
       r"|\b(?!re|egen)\w{3,}remiss(?:en)?\b(?! (?:fran|inkom\w*|mottag\w*|har|ar|finns|fanns|ligger|redan))"
       r"|\brevider\w* (?:\w+ ){0,2}?\w*plan\w*|\b\w*plan(?:en)? (?:\w+ )?(?:andrad|andrat|andras|andrades|justerad|justerat|uppdaterad)\b|\bforlang\w* (?:\w+ ){0,2}?(?:sjukskriv\w*|sjukintyg\w*|intyg\w*)|\b(?:sjukskriv\w*|sjukintyg\w*) (?:\w+ )?forlang\w*"
       r"|\boverenskommen plan\b|\bagera\w* pa\b|\bindividualiser\w*|\brekommender\w*"
       # "Recept på pivmecillinam skickat", "skickat recept": a prescription issued now (renewals are below)
       r"|\brecept\w* (?:pa (?:\w+ ){1,2}?)?(?:skickat|skickas|skickad|utfardat|utfardas)\b"
       r"|\b(?:skickat|skickar|skickade|utfardat|utfardar) (?:\w+ )?recept\b"
       # sent on to emergency care: "hänvisad till akuten", "ambulans larmad"
       r"|\bambulans\w* (?:larm\w*|bestall\w*)"
       r"|\blarm\w* (?:\w+ )?ambulans\w*"
       # chart headers "Beslut: ...", "Plan: ..."
       r"|(?<!enligt )(?<!som )(?<!tidigare )(?<!egen )(?<!nuvarande )(?<!befintlig )(?<!samma )\b(?:beslut|plan) , (?!(?:som|enligt) )",
       negated=False),
    # Sent on to emergency care: a medical decision, unless the reason is that no time was free (see _extract).
    _c("medical_assessment", True, "strong",
       r"\bhanvis\w* (?:\w+ ){0,2}?(?:till )?(?:akut\w*|sjukhus\w*|jour(?!nal)\w*|narakut\w*)", negated=False),
    _c("medical_assessment", True, "strong",
       TREATMENT_GIVEN + r"|\b(?:i ?)?kbt[ -]?(?:behandling\w*|session\w*|samtal\w*)|\b(?:gav|ger|gett|given|gavs) (?:\w+ )?(?:i?kbt\w*|behandling\w*"
       r"|kostbehandling)|\bbehandling (?:\w+ )?given\b|\bsession \d+|\bbehandlingssession\w*|\bbehandlingssamtal\w*"
       r"|\bmi samtal\w*|\bmotiverande samtal\w*|\bradgiv\w*|\brokavvanjning\w*|\btobaksavvanjning\w*"
       r"|\bkostbehandling\w*\b(?! (?:fortsatt\w*|oforandr\w*|som tidigare))|\bstodsamtal\w*|\bmotivering\b|\binternetbehandling\w*|\bskr(?:ev|iver|ivit) (?:ut )?recept\w*",
       negated=False),
    # KBT work done with the patient: a technique or home assignment together with doing/giving it.
    _c("medical_assessment", True, "strong",
       r"\b(?:ny|nya|nytt) (?:\w*hemuppgift\w*|\w*ovning\w*|exponering\w*|somnrestriktion\w*|\w*fonster\w*)"
       # the therapist's individual feedback in internet treatment
       r"|\b(?:individuell|personlig)\w* (?:\w+ )?(?:aterkoppling|feedback|anpassa\w*|meddelande (?:\w+ )?med nasta steg)|\baterkoppling pa (?:\w+ )?(?:hemuppgift|ovning|exponering)\w*|\b(?:hemuppgift\w*|exponering\w*|beteendeaktivering\w*"
       r"|somnrestriktion\w*) (?:\w+ ){0,4}?(?:given|gavs|genomford\w*|genomfort|juster\w*|utford)\b"
       r"|\b(?:arbeta\w*|ovade|ovat|genomfor\w*|genomfort) (?:\w+ ){0,3}?(?:med )?(?:exponering\w*|beteendeaktivering\w*"
       r"|somnrestriktion\w*|kognitiv omstrukturering|hemuppgift\w*)",
       negated=False),
    # Assessment without a stated decision: weak.
    # "lagt till dr för bedömning", "inför bedömning": an assessment still to come, by someone else.
    _c("medical_assessment", False, "weak",
       r"\b(?:for|infor|avvakta\w*|vantar pa|invanta\w*) (?:ny |vidare |medicinsk |lakar)?bedomning\w*",
       negatable=False),
    _c("medical_assessment", True, "weak",
       r"(?<!\bfor )(?<!\binfor )(?<!\bfor ny )(?<!\bfor vidare )(?<!\bfor medicinsk )(?<!\bpa )\bbedom\w*|\bgenomgang av (?:symtom|besvar)\w*|\bgick igenom (?:symtom\w*|besvar\w*)|\bundersok\w*"
       r"|\bnytillkomna\b|\bforandrade besvar\b|\bnya besvar\b|\bassessment\b|\bassessed\b",
       negated=False),
    # No assessment: normal results, unchanged plan, information, administration.
    # A normal finding ("provsvar ua", "labb normalt", "fine") is a sign of no decision, but weaker than a stated
    # decision: "läkning ua men infektionstecken, flukloxacillin insatt" is an assessment with a decision.
    _c("medical_assessment", False, "finding",
       r"\bnormal\w*|\butan anmarkning\b|\bfine\b|\b(?:var|ar|visade|negativ\w*) neg\b|\bnegativ(?:t|a)?\b"
       r"|\b\w*(?:odling|prov|test|svar|pcr|snabbtest)\w* neg\b", negatable=False),
    # "enligt plan", "som planerat": usually the schedule; a stated decision elsewhere in the note outweighs it.
    # Benign results and no further checks needed are findings of no decision.
    _c("medical_assessment", False, "finding",
       r"(?<!uppfoljning )(?<!kontroll )(?<!aterbesok )\b(?:enligt|som) (?:plan|planerat)\b|\bbenign\w*|\bsom vanligt\b"
       r"|\bsom overenskommet\b|\boforandra(?:d|t|de)\w*"
       r"|\b(?:inga|ingen) (?:fler |ytterligare |nya )?(?:kontroll\w*|atgard\w*|uppfoljning\w*) (?:behovs|planeras|kravs)\b",
       negatable=False),
    # A known problem ("känd hypotyreos", "sedan tidigare känd") is background, not a sign that nothing was decided.
    _c("medical_assessment", False, "finding",
       r"\bkan(?:d|da|de) (?!(?:for|av|som|att|pa|och|med|i)\b)\w+|\bkant (?:\w+ )?(?:problem|besvar|tillstand)\w*|\bsedan tidigare kan\w*|\bsedan lange kan\w*",
       negatable=False),
    # Renewing a prescription can be either (guideline): with an assessment of new symptoms it replaces a visit,
    # for known problems it does not. Alone it leaves the question open, and a normal finding does not settle it.
    _c("medical_assessment", "renewal", "finding",
       r"\b(?:recept)?forny\w*|\bforlang\w* (?:\w+ )?recept\w*", negatable=False),
    _c("medical_assessment", False, "strong",
       r"\b(?:ingen|inga|utan) (?!ytterligare|vidare|mer|fler|annan)(?:\w+ )?(?:andring\w*|atgard\w*|forandring\w*"
       r"|bedomning\w*|ny bedomning)|\b\w*(?:dos|behandling|medicin|plan)\w* (?:\w+ ){0,3}?oforandra(?:d|t|de)\w*|\binga nya besvar (?:\w+ )?(?:bedomda|bedomts|efterfragade|efterfragats)\b|\boforandra(?:d|t|de) (?:dos|behandling|medicin\w*)\b|\b\w*(?:plan|behandling|medicinering|dos)\w* (?:\w+ )?kvarstar\b|\bkvitter\w* kort\b|\bkort kvittens\b|\bfortsatt samma\b|\bfortsatter (?:som|enligt)\b"
       r"|(?<!uppfoljning )(?<!kontroll )(?<!aterbesok )\b(?:enligt|som) (?:tidigare|bestamt)\b"
       r"(?! (?:utredning|bedomning|journal\w*|anteckning\w*|besok\w*|undersokning\w*|provsvar\w*))|\bfoljs\b"
       r"|\binget beslut (?:fattat|fattats|taget|tagits|togs)\b|\b(?:inga|inget|ingen) \w*beslut\b|\bsom (?:beslutat|beslutats)\b"
       r"|\bfortsatt som tidigare\b|\binget (?:mer|mera|annat) (?:behover|behovs) (?:\w+ )?(?:goras|atgardas)\b|\b(?:andrar|andrade|andras|andra) (?:vi |jag )?(?:ingenting|inget|inte nagot)\b|\b(?:ligger|star) fast\b|\b(?:tidigare|redan) (?:fattat )?beslut\w*"
       r"|\b(?:ingen|utan) medicinsk bedomning\b|\bvanliga medicin\w*|\b(?:inget|inga|ingen) medicinsk(?:t|a)?\b(?! bedomning)"
       r"|\b(?:ingen|inga) (?:\w+ )?(?:behandling|atgard)\w* (?:behovs|kravs|behovdes|indicerad\w*)|\bnasta modul\w*|\bkort svar\b|\bsvar\w* (?:\w+ ){0,2}kort\b"
       # "fortsätt med statinen som förut", English "as planned", a module opened in SoB
       r"|\bsom (?:forut|forr|innan|hittills)\b|\bas (?:planned|before|usual)\b|\bno change\w*|\bunchanged\b"
       r"|\b(?:modul|avsnitt|kapitel|lektion)\w* (?:\d+ )?(?:\w+ ){0,3}?(?:oppna\w*|aktiver\w*|upplast\w*|tillganglig\w*)"
       r"|\b(?:oppna\w*|aktiver\w*|las\w* upp) (?:\w+ ){0,2}?(?:modul|avsnitt|kapitel|lektion)\w*"
       r"|\bnasta (?:del|steg)\w* (?:\w+ ){0,3}?(?:oppna\w*|aktiver\w*|upplast\w*|tillganglig\w*)"
       # the plan as already agreed: "vi kör på som vi sa", "precis som förra gången"
       r"|\bkor pa (?:\w+ ){0,2}?som\b|\bsom vi (?:sa|sagt)\b|\bsom (?:forra|senast) (?:gang|besok)\w*"
       r"|\bnasta (?:avsnitt|kapitel|lektion)\w*",
       negatable=False),
    _c("medical_assessment", False, "strong",
       r"\bboka\w* om\b(?! (?:\d|en|ett|tva|tre|fyra|nagra|ca)\b)|\bombok\w*|\bavbok\w*|\bkallelse\w*|\b(?:andrad|byte av) (?:\w+ )?(?:tid|mottagningstid)\b"
       r"|\bparkering\w*|\bfardtjanst\w*|\bkosta(?:r|de)? (?:nagot|det)\b|\bdet praktiska (?:kring|om|runt)\b|\bhogkostnadsskydd\w*|\bglom(?:t|de|mer) (?:\w+ )?tid\w*|\binget nytt (?:\w+ )?(?:bedomt|tillkommit)\b|\boppettider\w*|\bvagbeskrivning\w*|\bhitta\w* (?:\w+ )?till\b|\bbesokstider\b"
       r"|\badress\w*|\bfaktura\w*|\b\w*avgift(?!ning)\w*|\bkundtjanst\w*|\bintyg till (?:forskola\w*|skola\w*)|\bpaminn\w*|\bpamin\w*|\bbekrafta\w* (?:\w+ )?\w*tid\w*"
       r"|\bvad (?:lakaren|doktorn) heter\b|\bvad heter (?:lakaren|doktorn)\b|\bvar (?:\w+ ){0,2}?(?:hamtar|hamtas|finns|ligger|lamnas)\b|\binloggning\w+|" + LOGIN_NOT_IDENTIFICATION +
       r"|\btekni\w* (?:problem|fel|strul|genomgang|test)\w*|\bteknikgenomgang\w*|\btestsamtal\w*|\b(?:problem|strul) (?:med|m) (?:\w+ )?(?:inlogg\w*|appen|programmet|lanken|bank ?id\w*)"
       r"|\bbara admin\w*|\badmin\b" +
       r"|\bvaccinationstid\w*|\bvaccin\w*tid\w*|\b\w*blankett\w*|\bkvitto\w*|\bvar ligger\b|(?<!ingen )\btid\w* (?:ar |har )?(?:bokad|flyttad|ombokad)"
       r"|\bkopia (?:av|pa) (?:\w+ )?(?:journal|intyg|handling|remiss|epikris)\w*|\bjournalkopi\w*|\bkotid\w*"
       r"|\badministrativ\w*|\b(?:angaende|om) (?:en |ny |sin |hans |hennes )?tid\b(?! (?:for|till) (?:\w+ )?(?:lakare|bedomning|undersokning))"
       r"|\bnar (?:det|den|intyget|remissen|receptet|svaret) (?:skickas|kommer|ar klart|blir klart)\b|\bvantetid\w* (?:ar |blir )?(?:ca |cirka |ungefar |runt )?\d|\bforbered\w*|\binfor (?:besok\w*|rontgen|mr|ct|dt|ultraljud|gastroskopi\w*"
       r"|koloskopi\w*|provtagning\w*)|\bhur (?:\w+ ){0,2}?(?:programmet|inloggning\w*|modul\w*|appen|plattformen|tjansten|1177|bank ?id|\w*lanken|systemet)\b(?: \w+){0,3}? fungerar\b|\bmedicinlista\w*",
       negatable=False),
]

ASSESSMENT.append(
    # Information to the patient, or the patient asking for something: weak signs of no assessment.
    _c("medical_assessment", False, "weak",
       r"\binformer\w*|\binformation\b|\bbesked\b|\bmeddela\w* att\b|\bmeddelas\b|\b(?:ber|bad|begar|begarde|onskar|onskade|vill"
       r"|fragar|fragade|undrar|undrade|fraga|fragor|efterfraga\w*|efterlyser)\b|\b(?:fatt|fick|far) (?:en )?(?:ny )?\w*tid\b"
       r"|\bremiss(?:en)? (?:\w+ ){0,3}?(?:ar|har) (?:skickad|skickats|gatt|kommit)\w*"
       # a booking made in the call ("bokat återbesök nästa vecka"): administration, unless a decision is stated
       r"|\bbok(?:a|ar|at|ade|ad|as)? (?:in )?(?:\w+ )?(?:tid|\w*aterbesok|\w*besok|nybesok|uppfoljning\w*|kontroll\w*)\b"
       # a new time or an interpreter: administration around the contact, outweighed by a stated decision
       r"|\bny tid\b|\bvantetid\w*|\btidsbokning\w*|\b\w*tid (?:imorgon|i morgon|overmorgon|nasta vecka|pa (?:mandag|tisdag|onsdag|torsdag|fredag))\b|\bbokningsbekraftelse\w*|(?<!ingen )(?<!utan )\btolk\w*|\binstruktion\w*|\bflyttas\b|\binfor operation\w*|\bom tid (?:for|till)\b"
       # summoned to a check-up: "kallat pat per tel till årskontroll"
       r"|\bkall(?:at|ade|ar|as) (?:\w+ ){0,3}?till (?:\w+ )?(?:\w*kontroll\w*|\w*besok\w*|tid)\b",
       negatable=False)
)
# "X -> Y" in chart shorthand: Y is what was done. Not a decision when Y is a booking, information or nothing.
ARROW = re.compile(r"(?:->|→|=>)\s*([^,.;\n]+)")
ARROW_NOT_DECISION = re.compile(
    r"^\s*(?:ny )?(?:tid|bok\w*|ombok\w*|avbok\w*|info\w*|ingen|inga|samma|avvakt\w*|hor av sig|ater\w*|kontroll\w*|ring\w*|akut\w*|komm\w*"
    r"|hanvis\w*|\w*besok\w*|ses|vb\b|flytta\w*|svara\w*|vidare\w*|\w*skick\w*|meddela\w*|normal\w*|\w+ (?:utan anmarkning|normal\w*)|neg\w*|ok\b)")
# Clinical content in a text: what a category proposal that fills in an assessment needs to see (see _classify).
CLINICAL_CONTENT = re.compile(
    SYMPTOM + r"|" + r"\b(?:bedom\w*|status|ont|(?:hals|mag|rygg|huvud|ora|tand|brost|kna)ont|utslag\w*|sar\w*|eksem\w*|infektion\w*|prov\w*|lab\w*|rontgen\w*|diagnos\w*"
    r"|\w*behandling\w*|medicin\w*|lakemed\w*|recept\w*|dos\w*|symtom\w*|undersok\w*|tittade|visade|sag|skattning\w*"
    r"|\w*plan|ordin\w*|remiss\w*|sjukskriv\w*|\w*terapi\w*|traning\w*|ovning\w*|uppgift\w*|svullnad\w*|rorlighet\w*"
    r"|lakning\w*|rodnad\w*|klada\w*|andning\w*|puls\w*|vikt\w*|\w*operation\w*|op|kryck\w*|forband\w*|\w*kram|\w*salva)\b"
)
# No free time, so sent elsewhere: "inget ledigt idag, hänvisat till närakuten" is capacity, not a medical decision.
NO_CAPACITY = re.compile(r"\b(?:inget|inga|ingen) (?:\w+ )?(?:ledig\w*|tider|tid kvar)\b|\bfullbokat?\b|\bslut pa tider\b"
                         r"|\ballt (?:ar |var )?fullt\b")

# Markers that make decision words in their clause a request or information, not a decision.
REQUEST = re.compile(r"\b(?:ber|bad|bett|vill|ville|fragar|fragade|fragat|fraga|fragan|undrar|undrade|undrat|begar|begarde|begart"
                     r"|onskar|onskade|onskat|efterfraga\w*)\b")
TOPIC = re.compile(r"\bangaende\b|\bgallande\b|\b(?:fraga|fragor|arende)\w* om\b")
INFORM = re.compile(r"\b(?:informer\w*|information|meddela\w* att|meddelas att|paminn\w*|pamin(?:de|t)\b|bekrafta\w* att"
                    r"|(?:meddelande|sms|brev|besked)\w* (?:\w+ ){0,6}?om att)\b")

REPLACES = [
    _c("replaces_visit", True, "strong",
       r"\bersatt\w* (?:\w+ ){0,2}?(?:\w*besok(?:et)?|aterbesok\w*|mottagningsbesok\w*)\b|\bi st(?:allet)? f(?:or)? (?:\w+ )?(?:besok\w*|aterbesok"
       r"|mottagningsbesok)\b|\bistallet for (?:\w+ )?(?:besok|aterbesok|mottagningsbesok)(?:et)?\b|\bistallet for pa mottagningen\b|\bbesoksersatt\w*"
       r"|\btelefon(?:ater)?besok\b|\btelefon besok\b|\brak?nas som (?:ett )?\w*besok\w*|\bsom ett (?:\w+ )?besok\b|\b\w*besok\w* ersattes (?:av|med)\b|\bersatt\w* (?:\w+ ){0,2}?(?:sessionen|traffen|motet|mote|\w*kontroll\w*)\b"
       r"|\bsamma innehall (?:\w+ ){0,4}?som (?:ett )?\w*besok\w*"
       r"|\bi ?stallet for att (?:\w+ ){0,3}?(?:komma|kom\w*|aka|aker|resa) (?:hit|in)\b|\btextbesok\w*|\bmotsvara\w* (?:\w+ ){0,2}?\w*besok\w*|\b(?:inget|ej|inte) (?:\w+ )?\w*besok (?:behovs|kravs|behovdes)\b|\bersattning for (?:\w+ ){0,2}?(?:besok|aterbesok|mottagningsbesok)\w*", negated=False),
]

SAME_DAY_WORD = re.compile(
    r"\b(?:samma dag|samma ?dags\w*|idag|i dag|samma eftermiddag|samma formiddag|samma kvall|i eftermiddag|i formiddag|ikvall|i kvall|akut ?tid"
    r"|senare (?:under |i |pa )?dagen|under dagen|(?:under|i) eftermiddagen"
    r"|om (?:en|ett par|nagra|\d+) (?:halv)?(?:timme|timmar|timmarna|minuter|min)|om en halvtimme"
    r"|(?:efter|fore|innan|vid|till) lunch(?:tid)?|(?:under|i|pa) eftermid+agen|pa eftermiddag|i eftermidag"
    r"|om en (?:liten )?stund|under formiddagen|i formiddag\w*|dagens|eftermiddagens|formiddagens|same ?day|today|strax"
    r"|(?:om|inom) (?:tva|tre|fyra) timmar|(?:om|inom) \d+ tim\b|senare i ?dag|(?:nagra|ett par|en|\d+) timm(?:e|ar) senare"
    # within the hour: "inom en timme", "kl 16 i dag" (at once, "direkt", is IMMEDIATE below)
    r"|(?:inom|om) (?:en|ett par|nagra|\d+) (?:halv)?(?:timme|timmar|minuter|min|h)|(?:inom|om) \d+h"
    r"|inom en halvtimme|kl \d+(?: \d+)? (?:i dag|idag))\b"
)
VISIT_WORD = re.compile(
    r"\b(?:tid|tiden|\w*besok\w*|komma|kommer|ses|ser|traffa\w*|bokad\w*|bokas|besokstid|akuttid|akut tid|in"
    r"|hit|hos oss|hos var\w*|bokat|bokade|lucka\w*|undersok\w*|(?<!ringer )(?<!ringa )(?<!ringde )(?<!ring )(?<!ringt )tillbaka|ater|aker|akte|akt|\w*dagstid\w*|\w*lakartid\w*|\w*doktorstid\w*|titta\w*|inbokad\w*|\w+mott|\w*mottagning\w*|vardcentral\w*|drop in|appointment\w*|booked|seen|emot|bvc|mvc)\b"
)
# A new visit booked during the call, without saying when: exactly the triage question, so no default.
BOOKING_NEW = re.compile(
    r"\b(?:fick|far|fatt|ges|gavs|erbjuds|erbjods|erbjod|erbjuden)(?: en)? tid\b"
    r"|(?<!ingen )\btid(?:en)? (?:ar |har )?(?:bokad|bokas|bokats|inbokad)\b|\bbok(?:a|as|ad|ade|at|ar) in\b|\binbokad\w*"
    r"|\bbokad\w* (?:hos|till|pa|for) (?:\w+ )?(?:lakare\w*|sjukskoterska\w*|doktor\w*|\w*besok\w*|mottagning\w*|tid)\b"
    r"|\bbok(?:a|ade|at|ar|ad) (?:\w+ )?(?:tid|\w*besok)\b"
)
THIS_CONTACT_BOOKED = re.compile(
    r"\b(?:pa|vid|enligt) (?:den |sin )?(?:bokad|bokade|avtalad|avtalade|planerad|planerade) (?:telefon ?)?tid\b"
    r"|\bbokat? (?:en )?telefon ?tid\b|\bbokad(?:e)? telefon ?tid\b"
    r"|\b(?:inbokade|bokade|planerade|avtalade) (?:telefon|video)(?:besok|samtal|tid|kontakt|session)\w*")
REBOOKING = re.compile(r"\b(?:ombok\w*|avbok\w*|bok\w* om|flytta\w*|tolk\w*|kallelse\w*)\b")
OTHER_DAY = re.compile(
    r"\b(?:imorgon|i morgon|imorron|i overmorgon|overmorgon|mandag\w*|tisdag\w*|onsdag\w*|torsdag\w*|fredag\w*"
    r"|lordag\w*|sondag\w*|nasta vecka|nasta v|nan gang|nagon gang|i veckan|om (?:\d+|en|ett par|nagra|tva|tre|fyra) (?:dag|dagar|vecka|veckor|v|man"
    r"|manad|manader)|vecka \d+|v \d+|den \d+|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober"
    r"|november|december|\w*aterbesok\w*|uppfoljning\w*|kontroll\w*)\b"
)
# A date as written in the original text: "12/5", "3/11" (the normalizer splits it into numbers).
WRITTEN_DATE = re.compile(r"\b\d{1,2}/\d{1,2}\b")
# A clock time: "kl 15", "kl. 09.30" (normalized "kl 09 30").
CLOCK_TIME = re.compile(r"\b(?:kl|klockan) \d{1,2}\b|\b(?:[01]?\d|2[0-3]) [0-5]\d\b|\bvid (?:atta|nio|tio|elva|tolv)(?: ?tiden)?\b")
# Fees for missed visits are administration: "faktura för uteblivet besök", "avgift för uteblivande".
FEE = re.compile(r"\b(?:faktura\w*|avgift\w*|debiter\w*)\b")
OTHER_UNIT = re.compile(r"(?<!vardcentralens )(?<!var )(?<!mottagningens )(?<!tillbaka till )(?<!ater till )(?<!oss pa )"
                        r"\b(?:(?:akuten|akutmottagning\w*)(?! igen)|annan (?:vardcentral|enhet|mottagning)|hanvis\w*(?! till (?:egen|var|samma) )|jourcentral\w*|narakut\w*)\b")
CALLED_TO_UNIT = re.compile(r"\b(?:ringt|ringde|ringer|ringa|ring|ringa in) (?:in )?till (?:\w+ )?(?:\w*mottagning\w*|vardcentral\w*)")
SAME_UNIT_EXPLICIT = re.compile(r"\bsamma (?:enhet\w*|mottagning\w*|\w*team\w*)|\bfran (?:enheten|oss|teamet)\b|\bvi i teamet\b|\bpa var (?:enhet|mottagning)\b|\bhar pa (?:enheten|mottagningen)\b")
# "direkt", "genast", "på en gång": same day only when it is about coming in ("ombeds komma in direkt"),
# not an adverb of anything ("bekräftade direkt", "ringde direkt efter provsvaret").
IMMEDIATE = re.compile(r"\b(?:direkt|genast|omgaende|pa en gang|med en gang|nu)\b")
COMING = re.compile(r"\b(?:komma|kommer|kom|ses|traffa\w*|tas emot|hit|in|ner)\b")
# The patient will come in or be seen, without a clear day: the triage question, so no same-day default.
COMES_IN = re.compile(
    r"(?<!hur man )(?<!hur )\b(?:komma|kommer|kom|far komma|ombeds komma|ombads komma|ombedd att komma) (?:in|hit|till (?:\w+ ){0,2}?(?:mottagning\w*"
    r"|vardcentral\w*|oss|bvc))\b|\bvill se (?:patient\w*|barnet|hen|honom|henne)\b|\btas emot\b|\bses (?:pa|hos)\b|\bska ses\b"
)

SOB = [
    # "på mottagningens egen plattform": treatment on another platform than 1177 Stöd och behandling.
    _c("sob_program", False, "strong", r"\b(?:egen|egna|annan|andra|mottagningens|regionens) (?:\w+ )?plattform\w*"
       r"|\butanfor (?:1177 )?(?:stod (?:och )?behandling\w*|sob\b)",
       negatable=False),
    _c("sob_program", True, "strong",
       r"(?<!utanfor )(?<!utanfor 1177 )\bsob\b|(?<!utanfor )(?<!utanfor 1177 )\bstod (?:och )?behandling\w*|\bstod och behandlingsprogram\w*|\b1177 program\w*|\bprogrammet\b"
       r"|\bbehandlingsplattform\w*|\bmodul\w*|\bi?kbt programmet\b"
       # iKBT as the place where something is written: "kommentar i iKBT" (offering iKBT names no platform)
       r"|\b(?:i|inne i|inom) ikbt\b(?! (?:via|pa|i|genom) )"
       # the platform's named programs: "sömnprogrammet", "panikprogrammet", "IBS-programmet"
       r"|\b(?:somn|panik|panikangest|depression|depressions|angest|oro|insomni|ibs|smart|stress|hjartsvikt|alkohol|spel)"
       r"\w*programmet\b|\b(?:internetbehandling|ikbt)\w* (?:i|via|pa|inom) 1177\b", negated=False),
]
# "beslut att starta iKBT i Stöd och behandling", "programmet aktiverat efter samtalet": the program is what
# was decided on, the contact itself happened elsewhere (the guideline's phone example).
SOB_AS_TREATMENT = re.compile(
    r"\b(?:start\w*|aktiver\w*|erbjud\w*|erbjod|anmal\w*|remitter\w*|remiss\w*|ordiner\w*|rekommender\w*|uppstart\w*"
    r"|nytta av|hjalpas av|hjalp av)\b"
)
# "belastningen i programmet", "övningarna i programmet": a training program, not the SoB platform.
EXERCISE_PROGRAM = re.compile(r"\b(?:\w*ovning\w*|\w*traning\w*|belastning\w*|gummiband\w*|styrketran\w*|rorlighet\w*)")
SOB_HINT = re.compile(r"\bikbt\b|\binternetbehandling\w*")  # often in SOB: do not assume "no"

JOURNAL = [
    _c("journal_documented", True, "strong",
       # "journalfört", "journalföring", typos of both ("journalfrt"), and "journfört", "journ f."
       r"\bjournalf\w*|\bjourn ?f\w*|\bjournalanteckning\w*|\bdokumenter\w* i journal\w*|\bantecknat i journal\w*"
       r"|\banteckn\w* i journal\w*\b(?! (?:har|ar) (?:jag |vi )?(?:inte|ej)| (?:gjordes|gjorts|gors|skrevs) (?:inte|ej))"
       r"|\bdokumentation i journal\w*|\bjournalnotering\w*|\bnoterat i journal\w*"
       # shortened and written-out forms: "journalanteckn gjord", "dok i journal", "anteckning skriven i journalen"
       r"|\bjournal ?anteckn\w*|\bjournal(?= (?:ja|nej|ok|ingen|ej)\b)|\bjournaldokumentation\w*|\bantecknat\b(?! i (?:appen|plattformen|dagboken))|\bdokumenter\w* i (?:pmo|melior|cosmic)\b|\bdok i journal\w*|\bjournal\w* , ja\b|\b(?:fors|forts|fordes) in i journal\w*|\binfort i journal\w*|\banteckning\w* (?:skriv\w*|gjord|gjort|gors|forts|ford) i journal\w*"
       r"|\b(?:skrev|skriver|skrivit|dokumenterade|antecknade|noterade) (?!inget|ingenting|inte|ej)(?:\w+ ){0,4}?i journal\w*"
       r"|\binskriv\w* i journal\w*|\bstar i journal\w*|\bstar (?:\w+ )?(?:ocksa |aven )?i journal\w*"
       # chart shorthand: "..., journ." as a clause of its own, "journal skriven", "journaltext klar" ("ej journ.": no)
       r"|(?:(?<=^)|(?<=, )|(?<=\bej )|(?<=\binte )|(?<=\bingen )|(?<=\bej i )|(?<=\binte i ))journal(?= ,|$)"
       # "..., dok" closing a line: documented ("dok" inside a clause is "dök" or a document)
       r"|(?:(?<=, )|(?<=\bej )|(?<=\binte ))dok(?= ,|$)"
       r"|\bjournal(?:text|anteckning)? (?:skriven|skrivet|skrevs|skrivs|skrivits|skr|klar|gjord|gjort|ford|fort|ok|finns)\b(?<! ej)"
       r"|\bjour anteckning\w*|\bdok(?:at|ade)\b|(?:(?<=^)|(?<=, ))dokumenter(?:at|ade|as)(?= ,|$)"
       r"|\banteckning (?:skriven|skrevs|gjord|gjordes|ford)\b|\bjour (?:skriven|ford|fort)\b"
       r"|\bskrev (?:en )?anteckning\b", negated=False),
    # Explicitly not written: "skrev inget i journalen", "inget dokumenterat i journalen".
    _c("journal_documented", False, "strong",
       r"\b(?:skrev|skriver|skrivit|dokumenterade|antecknade|noterade) (?:inget|ingenting|inte|ej) i journal\w*"
       r"|\b(?:skrev|skriver|skrivit|gjorde|gjort) (?:ingen|inte nagon) (?:\w+ )?anteckning\w*|\binget i journal\w*"
       r"|\bjournal\w* (?:ej|inte) (?:skriven|skrivet|gjord|gjort|ford|fort)\b"
       r"|\b(?:inget|ingenting) (?:skrivet|skrevs|dokumenterat|dokumenterades|antecknat|noterat) i journal\w*"
       r"|\banteckning\w* (?:ej|inte) (?:gjord|gjort|gjorts|skriven|skrivits|ford|forts)\b"
       r"|\banteckning\w* i journal\w* (?:gjordes|gjorts|gors|skrevs) (?:inte|ej)\b"
       r"|\b(?:dokumenteras|dokumenterades|journalfors|journalfordes|antecknas|antecknades|skrivs|fors) (?:inte|ej) (?:in )?i journal\w*"
       r"|\banteckning\w* (?:\w+ ){0,4}?(?:har|ar) (?:jag |vi )?(?:inte|ej) (?:gjort|gjorts|skrivit|skrivits)\b", negatable=False),
]

IDENTITY = [
    _c("identity_verified", True, "strong",
       r"\bbank ?id\w*|\be ?legitimation\w*|\be leg\b|\blegitimer\w*|\bidentifier\w*|\bid kontroll\w*"
       r"|\bfreja\w*|\be ?id\b|\bid (?:checked|verified|kontrollerad)\b", negated=False),
]

ALL_CUES = CHANNEL + COUNTERPART + ACTIVITY + ASSESSMENT + REPLACES + SOB + JOURNAL + IDENTITY

# An assessment followed by a treatment with a dose in the same text is a decision ("Bed: mastit, Heracillin 1 g
# x 3 i 10 d", "bedömt som skov, Daivobet gel 1 ggr/d", "Okomplicerad cystit, Furadantin 50 mg x3"): see _extract.
DOSE = re.compile(
    r"\b\d+(?: , \d+|[.,]\d+)? ?(?:mg|g|mikrog\w*|ml|e|ie|mmol|tabl\w*|st)\b(?! ?(?:hb|glukos))"
    r"|\bx ?\d\b|\b\d ?x ?\d\b|\b\d+ ?ggr (?:d|dag|dagl\w*|per dag)\b|\bi \d+ ?(?:d|dgr|dagar|dygn)\b"
    # a prescription or a product form named after the assessment: "rp Fucidin kräm", "Daktacort salva"
    r"|\b\d+ ?dgr\b|\brecept (?!pa (?:\w+ )?forny)(?!forny)\w+|\b(?!nytt |nya )\w+ recept\b(?! (?:fornya\w*|forlang\w*))|\b\w*(?:kram|salva|droppar|mixtur|nasspray|schampo|liniment)\b")
ASSESSED = re.compile(
    r"\bbedom(?:t|d|da|des|s|ning)\b|\btolka\w* som\b|\bforenlig\w* med\b|\bdiagnos\w*|\bmisstank\w*"
    r"|\bokomplicerad\w*|\bsannolik\w*|\btroligen\b|\bdx\b|\bassessed\b|\bassessment\b")
CONTINUED = re.compile(
    r"\bfortsatt\w*|\bfortsatter\b|\boforandra\w*|\bsom tidigare\b|\benligt (?:plan|tidigare)\b|\bforny\w*"
    r"|\bsom forut\b|\bkvarstar\b|\bingen andring\b|\bbefintlig\w*")
