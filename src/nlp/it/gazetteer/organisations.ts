// Organisations news names all the time: seats of power (ORG entities that, as actors,
// stand for their state: "il Cremlino ha affermato" = Russia), news agencies and outlets
// (with their country, for BASED_IN), government bodies and international organisations.
// One line each: "canonical name, variants | ISO country or - | id (when the slug of the
// canonical name would not be stable or readable)". Upper-case variants of 2–5 letters
// are acronyms and only match text written in capitals.
import { countryId } from "./countries.ts";
import type { GazetteerEntry, NamedEntry } from "./entry.ts";
import { slugify } from "./pieces.ts";

const SEATS = `
Cremlino, Kremlin | RU | kremlin
Casa Bianca, White House | US | white-house
Pentagono, Pentagon | US | pentagon
Palazzo Chigi | IT | palazzo-chigi
Quirinale | IT | quirinale
Farnesina | IT | farnesina
Eliseo, Élysée, Eliseo | FR | elysee
Quai d'Orsay | FR | quai-d-orsay
Downing Street | GB | downing-street
Zhongnanhai | CN | zhongnanhai
Casa Blu, Blue House | KR | blue-house
Cancelleria federale | DE | german-chancellery
Bankova | UA | bankova
Viminale | IT | viminale
Montecitorio | IT | montecitorio
Palazzo Madama | IT | palazzo-madama
`;

const ORGANISATIONS = `
Tass, TASS, agenzia Tass | RU | tass
RIA Novosti, Ria Novosti | RU | ria-novosti
Interfax | RU | interfax
Sputnik | RU | sputnik
RT, Russia Today | RU | rt
Yonhap, agenzia Yonhap | KR | yonhap
KCNA, Korean Central News Agency, agenzia KCNA | KP | kcna
Rodong Sinmun | KP | rodong-sinmun
Xinhua, agenzia Xinhua, Nuova Cina | CN | xinhua
Global Times | CN | global-times
Kyodo | JP | kyodo
NHK | JP | nhk
Reuters | GB | reuters
BBC | GB | bbc
The Guardian, Guardian | GB | the-guardian
Financial Times | GB | financial-times
The Economist, Economist | GB | the-economist
Sky News | GB | sky-news
Associated Press, AP | US | associated-press
Bloomberg | US | bloomberg
CNN | US | cnn
CBS, CBS News | US | cbs
NBC, NBC News | US | nbc
ABC News | US | abc-news
Fox News | US | fox-news
New York Times, The New York Times, NYT | US | new-york-times
Wall Street Journal, The Wall Street Journal, WSJ | US | wsj
Washington Post, The Washington Post | US | washington-post
Politico | US | politico
Axios | US | axios
AFP, Agence France-Presse, France Presse | FR | afp
Le Monde | FR | le-monde
Le Figaro | FR | le-figaro
TF1 | FR | tf1
Al Jazeera | QA | al-jazeera
Al Arabiya | SA | al-arabiya
Der Spiegel, Spiegel | DE | der-spiegel
Deutsche Welle | DE | deutsche-welle
Kyiv Independent | UA | kyiv-independent
Ukrinform | UA | ukrinform
ANSA, Ansa, agenzia Ansa | IT | ansa
Adnkronos, AdnKronos | IT | adnkronos
AGI | IT | agi
LaPresse | IT | lapresse
Rai | IT | rai
Mediaset | IT | mediaset
Corriere della Sera | IT | corriere-della-sera
la Repubblica, La Repubblica | IT | la-repubblica
La Stampa | IT | la-stampa
Il Sole 24 Ore | IT | il-sole-24-ore
Il Fatto Quotidiano | IT | il-fatto-quotidiano
Il Messaggero | IT | il-messaggero
Il Giornale | IT | il-giornale
Avvenire | IT | avvenire
Nazioni Unite, ONU, Onu, United Nations | - | united-nations
Consiglio di sicurezza dell'Onu, Consiglio di sicurezza delle Nazioni Unite, Consiglio di Sicurezza dell'ONU, UN Security Council | - | un-security-council
Assemblea generale dell'Onu, Assemblea generale delle Nazioni Unite | - | un-general-assembly
NATO, Nato, Alleanza atlantica, Alleanza Atlantica | - | nato
Unione Europea, Unione europea, UE, Ue, European Union | - | european-union
Commissione europea, Commissione Europea, European Commission | - | european-commission
Parlamento europeo, Parlamento Europeo, European Parliament | - | european-parliament
Consiglio europeo, Consiglio Europeo, European Council | - | european-council
Banca centrale europea, BCE, Bce | - | european-central-bank
Fondo monetario internazionale, FMI, Fmi, International Monetary Fund, IMF | - | imf
Banca mondiale, World Bank | - | world-bank
Organizzazione mondiale della sanità, OMS, Oms, World Health Organization | - | who
Organizzazione mondiale del commercio, OMC, WTO | - | wto
Agenzia internazionale per l'energia atomica, AIEA, Aiea, IAEA | - | iaea
Corte penale internazionale, CPI, International Criminal Court, ICC | - | icc
Corte internazionale di giustizia, International Court of Justice | - | icj
Croce Rossa, Croce Rossa Internazionale, Red Cross | - | red-cross
Amnesty International | - | amnesty-international
Human Rights Watch | - | human-rights-watch
G7 | - | g7
G20 | - | g20
BRICS, Brics | - | brics
OPEC, Opec | - | opec
OSCE, Osce | - | osce
ASEAN, Asean | - | asean
Unione africana, Unione Africana, African Union | - | african-union
Lega araba, Lega Araba, Arab League | - | arab-league
Hamas | PS | hamas
Hezbollah | LB | hezbollah
Talebani, Taliban | AF | taliban
Wagner, Gruppo Wagner, Wagner Group | RU | wagner-group
Consiglio di sicurezza nazionale, Consiglio per la sicurezza nazionale, National Security Council, NSC | US | nsc
Dipartimento di Stato, Dipartimento di Stato americano, State Department, Department of State | US | us-state-department
Congresso americano, Congresso degli Stati Uniti, US Congress | US | us-congress
Senato americano, Senato degli Stati Uniti, US Senate | US | us-senate
CIA | US | cia
NASA | US | nasa
ESA, Agenzia spaziale europea, European Space Agency | - | esa
JAXA, Jaxa, Agenzia spaziale giapponese | JP | jaxa
Roscosmos | RU | roscosmos
ASI, Agenzia spaziale italiana | IT | asi
KFOR, Kfor | - | kfor
Mercosur | - | mercosur
Corte di giustizia dell'Unione europea, Corte di giustizia dell'Ue, Corte di giustizia Ue, Corte di giustizia europea, Corte di giustizia Ue | - | eu-court-of-justice
FBI | US | fbi
Joint Chiefs of Staff, Stato maggiore congiunto | - | joint-chiefs-of-staff
Duma, Duma di Stato | RU | state-duma
FSB | RU | fsb
Gazprom | RU | gazprom
Rosatom | RU | rosatom
Partito dei Lavoratori di Corea, Partito del Lavoro di Corea, Workers' Party of Korea | KP | workers-party-of-korea
Partito Comunista Cinese, Partito comunista cinese, PCC | CN | chinese-communist-party
Esercito Popolare di Liberazione, People's Liberation Army | CN | people-s-liberation-army
Bundestag | DE | bundestag
Knesset | IL | knesset
Tsahal, IDF | IL | idf
Mossad | IL | mossad
Telegram | - | telegram
Facebook | US | facebook
Instagram | US | instagram
TikTok, Tiktok | CN | tiktok
YouTube, Youtube | US | youtube
WhatsApp, Whatsapp | US | whatsapp
Samsung | KR | samsung
Hyundai | KR | hyundai
Huawei | CN | huawei
SpaceX | US | spacex
Tesla | US | tesla
Google | US | google
Microsoft | US | microsoft
Apple | US | apple
Amazon | US | amazon
OpenAI | US | openai
Nvidia | US | nvidia
Boeing | US | boeing
Airbus | FR | airbus
`;

function entries(table: string, source: "seats" | "organisations"): NamedEntry[] {
  const out: NamedEntry[] = [];
  for (const line of table.split("\n")) {
    if (!line.trim()) continue;
    const [names, code, id] = line.split("|").map((s) => s.trim()) as [string, string, string | undefined];
    const variants = names.split(",").map((s) => s.trim());
    const country = code !== "-" ? countryId(code) : undefined;
    const entry: GazetteerEntry = {
      id: id || slugify(variants[0]!),
      name: variants[0]!,
      type: "ORG",
      source,
      ...(country ? { country } : {}),
      ...(source === "seats" && country ? { standsFor: country } : {}),
    };
    for (const variant of variants) {
      const acronym = /^[A-Z0-9]{2,5}$/.test(variant);
      out.push({ variant, entry: acronym ? { ...entry, acronym } : entry });
    }
  }
  return out;
}

export function seatEntries(): NamedEntry[] {
  return entries(SEATS, "seats");
}

export function organisationEntries(): NamedEntry[] {
  return entries(ORGANISATIONS, "organisations");
}
