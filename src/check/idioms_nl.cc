// The figurative expressions sterk flags in Dutch card text (easy-read/figurative).
// A project adds its own in cards/idioms.txt, in the same format: the words in order,
// alternatives with '|', at most two other words between them; then '=' and the plain
// words to use instead. Sources: the "Makkelijk lezen"/B1 writing guides of Stichting
// Makkelijk Lezen and Rijksoverheid (Direct Duidelijk), and common idioms in work and
// care texts.
#include "check/plain_language.h"

namespace sterk {

const char* shipped_idioms() {
  return R"(
zit|zat|zitten tegen = het gaat niet goed
tegenzit|tegenzat|tegenzitten = het gaat niet goed
kom|komt|kwam|komen op voor = zeg wat jij wilt of nodig hebt
opkomen|opkomt voor = zeggen wat je wilt of nodig hebt
op weg helpen|geholpen = helpen beginnen
helpt|help|helpen op weg = helpt je beginnen
aan de bel = om hulp vragen
in je|zijn|haar vel = hoe je je voelt
met de deur in huis = meteen zeggen waar het om gaat
hoofd boven water = het net redden
op je|zijn|haar tenen = te hard werken
steentje = een beetje helpen
in het diepe = iets nieuws doen zonder hulp
uit de hand = te erg worden
roer om = iets heel anders gaan doen
je|jouw|zijn|haar draai = wennen
duwtje in de rug = een beetje hulp
het ijs = het eerste gesprek makkelijker maken
handdoek in de ring = stoppen
bijltje erbij = stoppen
tegen de lamp = betrapt worden
kat uit de boom = eerst afwachten
de knoop = een besluit nemen
door de bomen = het overzicht kwijt zijn
op één lijn = het eens zijn
de draad = weer beginnen
buiten je|zijn boekje = iets doen wat niet mag
lat hoog = veel van jezelf vragen
voet bij stuk = niet toegeven
op eigen benen = zelfstandig
aan het lijntje = laten wachten
tussen wal en schip = geen hulp krijgen omdat niemand het regelt
onder de pet = geheim houden
over je heen = alles laten gebeuren
brug slaan|slaat|geslagen = contact maken
je|zijn|haar ei kwijt = kunnen vertellen wat je wilt
in de kou = zonder hulp
drempel = iets wat het moeilijk maakt
vinger aan de pols = goed opletten hoe het gaat
de kop in = stoppen
pas op de plaats = even niet verder gaan
groen licht = toestemming
aan de bak = aan het werk
luisterend oor = iemand die naar je luistert
rode draad = het belangrijkste
hart luchten|lucht = vertellen wat je dwarszit
over de streep = overtuigen
uit je|zijn schulp = durven
in zee met = samenwerken
grenzen|grens aangeven|aan = zeggen wat je niet wilt of niet kunt
over je|zijn|haar grens|grenzen = te veel
in de watten = heel goed voor iemand zorgen
een stapje terug = minder doen
de boot af = iets uitstellen
uit de verf = goed te zien zijn
op de been = gezond
achter de schermen = zonder dat je het ziet
de knop om = anders gaan denken
in het zadel = aan het werk
op de rails = goed geregeld
in goede banen = goed geregeld
aan de weg timmeren = jezelf laten zien
kansen|kans grijpen|grijpt|grijp = kansen gebruiken
)";
}

}  // namespace sterk
