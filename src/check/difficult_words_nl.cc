// The list of difficult Dutch words and abbreviations that ships with sterk,
// each with a plainer suggestion. Compiled in, so the checks never depend on
// where the program is installed. A project adds to it, or removes an entry
// with `-word`, in cards/difficult-words.txt (same format; docs/rules.md).
#include "check/word_lists.h"

namespace sterk {

const char* shipped_difficult_words() {
  return R"list(
# word = plainer word or what to do
[woorden]
aanvangen = beginnen
aanwenden = gebruiken
adequaat = goed, zoals het moet
alternatief = ander
ambitie = wat je wilt bereiken
arbeidsongeschikt = kan niet werken door ziekte
arbeidsovereenkomst = contract
arbeidscontract = contract
assertief = voor jezelf opkomen
belastbaarheid = hoeveel je aankunt
communicatie = met elkaar praten
communiceren = praten, vertellen
competenties = wat je goed kunt
consequentie = gevolg
consequent = altijd op dezelfde manier
dienen te = moeten
dient te = moet
derhalve = daarom
echter = maar
evaluatie = gesprek over hoe het ging
evalueren = samen bespreken hoe het ging
faciliteren = mogelijk maken, helpen
frequentie = hoe vaak
fulltime = de hele week
implementeren = invoeren, gaan doen
in het kader van = bij, voor
in overleg met = samen met
incidenteel = soms
indien = als
loonkostensubsidie = geld voor de werkgever (leg uit wat het is)
loonwaarde = hoeveel werk je kunt doen (leg uit wat het is)
met betrekking tot = over
middels = met
momenteel = nu
motivatie = zin om iets te doen
naar aanleiding van = door, na
omtrent = over
optimaal = zo goed mogelijk
overbelast = te veel, te druk
participatiewet = de wet die regelt wie hulp krijgt bij werk (leg uit)
participeren = meedoen
parttime = een deel van de week
perspectief = toekomst, kans
prioriteit = wat het belangrijkst is
reeds = al
re-integratie = weer aan het werk gaan
reïntegratie = weer aan het werk gaan
signaleren = zien, merken
sollicitatie = vragen om een baan
sollicitatiegesprek = gesprek om een baan te krijgen
solliciteren = vragen om een baan
stigma = als mensen slecht over je denken
stigmatisering = als mensen slecht over je denken
structureel = altijd, vast
teneinde = om
ten aanzien van = over
tevens = ook
thans = nu
uiteraard = natuurlijk
verzuim = niet op je werk zijn, bijvoorbeeld door ziekte
ziekteverzuim = ziek thuis zijn
wellicht = misschien
werkzaamheden = werk, taken

[afkortingen]
AVG = de privacywet (schrijf het uit)
CAO = cao: de afspraken over loon en werk (leg uit)
CV = cv: een lijst van je opleiding en werk (leg uit)
GGZ = ggz: hulp bij psychische problemen (leg uit)
HR = de personeelsafdeling
LVB = licht verstandelijke beperking (schrijf het uit)
MBO = mbo: de opleiding na de middelbare school (leg uit)
UWV = het UWV: de organisatie voor werk en uitkeringen (leg uit)
WIA = geld als je lang ziek bent en minder kunt werken (leg uit)
WW = geld als je je werk kwijt bent (leg uit)
ZZP = zzp'er: iemand die voor zichzelf werkt
bijv. = bijvoorbeeld
d.w.z. = dat wil zeggen, dus
enz. = en zo verder, of noem alles op
etc. = en zo verder, of noem alles op
evt. = misschien
i.p.v. = in plaats van
i.v.m. = omdat, door
incl. = met
m.b.t. = over
o.a. = bijvoorbeeld
t.o.v. = vergeleken met
z.s.m. = zo snel als je kunt
)list";
}

}  // namespace sterk
