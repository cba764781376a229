// Sub-national places. Regions with a government of their own (US states, Italian regions,
// federal states, autonomous regions, occupied oblasts) are GPE; places without one
// (continents, seas, geographic regions) are LOC, as ontology.md draws the line.
// One line each: "Italian name, English name, other variants | ISO country or -".
import { countryId } from "./countries.ts";
import type { GazetteerEntry, NamedEntry } from "./entry.ts";
import { slugify } from "./pieces.ts";

const GOVERNED = `
Alabama | US
Alaska | US
Arizona | US
Arkansas | US
California | US
Carolina del Nord, North Carolina | US
Carolina del Sud, South Carolina | US
Colorado | US
Connecticut | US
Dakota del Nord, North Dakota | US
Dakota del Sud, South Dakota | US
Delaware | US
Florida | US
Hawaii | US
Idaho | US
Illinois | US
Indiana | US
Iowa | US
Kansas | US
Kentucky | US
Louisiana | US
Maine | US
Maryland | US
Massachusetts | US
Michigan | US
Minnesota | US
Mississippi | US
Missouri | US
Montana | US
Nebraska | US
Nevada | US
New Hampshire | US
New Jersey | US
New Mexico | US
Ohio | US
Oklahoma | US
Oregon | US
Pennsylvania | US
Rhode Island | US
Tennessee | US
Texas | US
Utah | US
Vermont | US
Virginia | US
Virginia Occidentale, West Virginia | US
Wisconsin | US
Wyoming | US
Lombardia, Lombardy | IT
Piemonte, Piedmont | IT
Veneto | IT
Liguria | IT
Emilia-Romagna | IT
Toscana, Tuscany | IT
Lazio | IT
Campania | IT
Puglia, Apulia | IT
Calabria | IT
Sicilia, Sicily | IT
Sardegna, Sardinia | IT
Trentino-Alto Adige | IT
Friuli-Venezia Giulia | IT
Abruzzo | IT
Umbria | IT
Marche | IT
Molise | IT
Basilicata | IT
Valle d'Aosta | IT
Baviera, Bavaria | DE
Scozia, Scotland | GB
Inghilterra, England | GB
Galles, Wales | GB
Irlanda del Nord, Northern Ireland | GB
Catalogna, Catalonia | ES
Québec, Quebec | CA
Crimea | UA
Donetsk | UA
Luhansk, Lugansk | UA
Cecenia, Chechnya | RU
Xinjiang | CN
Tibet | CN
Cisgiordania, West Bank | PS
Striscia di Gaza, Gaza Strip | PS
Kurdistan iracheno, Iraqi Kurdistan | IQ
`;

const UNGOVERNED = `
Europa, Europe | -
Asia | -
Africa | -
America Latina, Latin America | -
Sud America, South America, Sudamerica, America del Sud, America meridionale | -
Nord America, North America, Nordamerica, America del Nord, America settentrionale | -
Oceania | -
Antartide, Antartica, Antarctica | -
Medio Oriente, Middle East | -
Vicino Oriente, Near East | -
Estremo Oriente, Far East | -
Estremo Oriente russo, Russian Far East | RU
Nord Africa, North Africa, Nordafrica, Africa del Nord, Africa settentrionale | -
Africa subsahariana, Sub-Saharan Africa | -
Sahel | -
Corno d'Africa, Horn of Africa | -
Balcani, Balkans | -
Caucaso, Caucasus | -
Asia centrale, Central Asia | -
Sud-est asiatico, Southeast Asia, Sudest asiatico | -
Indo-Pacifico, Indo-Pacific | -
Penisola coreana, Korean Peninsula | -
Penisola arabica, Arabian Peninsula | -
Penisola di Crimea | UA
Siberia | RU
Donbass, Donbas | UA
Golfo Persico, Persian Gulf | -
Mar Nero, Black Sea | -
Mar Baltico, Baltic Sea | -
Mar Mediterraneo, Mediterranean Sea, Mediterraneo | -
Mar Rosso, Red Sea | -
Mar Caspio, Caspian Sea | -
Mar d'Azov, Sea of Azov | -
Mar Cinese Meridionale, South China Sea | -
Mar Cinese Orientale, East China Sea | -
Mar del Giappone, Sea of Japan | -
Mar Giallo, Yellow Sea | -
Mare del Nord, North Sea | -
Oceano Pacifico, Pacific Ocean, Pacifico | -
Oceano Atlantico, Atlantic Ocean, Atlantico | -
Oceano Indiano, Indian Ocean | -
Artico, Arctic | -
Stretto di Taiwan, Taiwan Strait | -
Stretto di Hormuz, Strait of Hormuz | -
Stretto di Kerch, Kerch Strait | -
Canale di Suez, Suez Canal | EG
Alture del Golan, Golan Heights, Golan | -
Alpi, Alps | -
Scandinavia | -
Cirenaica, Cyrenaica | LY
Tripolitania | LY
Fezzan | LY
Darfur | SD
Kordofan | SD
Volga | RU
Danubio, Danube | -
Nilo, Nile | -
Tigri, Tigris | -
Eufrate, Euphrates | -
Reno, Rhine | -
Tamigi, Thames | -
Senna, Seine | -
Mekong | -
Gange, Ganges | -
`;

function entries(table: string, type: "GPE" | "LOC"): NamedEntry[] {
  const out: NamedEntry[] = [];
  for (const line of table.split("\n")) {
    if (!line.trim()) continue;
    const [names, code] = line.split("|").map((s) => s.trim()) as [string, string];
    const variants = names.split(",").map((s) => s.trim());
    const english = variants[1] !== undefined && /^[\x20-\x7e]+$/.test(variants[1]) ? variants[1] : variants[0]!;
    const entry: GazetteerEntry = {
      id: slugify(english),
      name: variants[0]!,
      type,
      source: type === "GPE" ? "regions" : "places",
      ...(code !== "-" ? { country: countryId(code) } : {}),
    };
    for (const variant of variants) out.push({ variant, entry });
  }
  return out;
}

export function regionEntries(): NamedEntry[] {
  return [...entries(GOVERNED, "GPE"), ...entries(UNGOVERNED, "LOC")];
}
