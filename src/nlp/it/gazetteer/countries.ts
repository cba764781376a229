// Countries: Italian and English names from i18n-iso-countries (ISO 3166), plus the
// variants Italian news uses. Ids are English slugs so they read the same in any language.
import { createRequire } from "node:module";
import countries from "i18n-iso-countries";
import type { GazetteerEntry, NamedEntry } from "./entry.ts";
import { slugify } from "./pieces.ts";

const require = createRequire(import.meta.url);
countries.registerLocale(require("i18n-iso-countries/langs/it.json"));
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));

/** English short names where the package's shortest form is not the usual one. */
const ENGLISH_NAME: Record<string, string> = {
  GB: "United Kingdom",
  SY: "Syria",
  CD: "Democratic Republic of the Congo",
  CG: "Republic of the Congo",
  VA: "Vatican City",
  LA: "Laos",
  FM: "Micronesia",
  MD: "Moldova",
  BN: "Brunei",
  CI: "Ivory Coast",
  CZ: "Czech Republic",
};

/** Italian standard names where the package's differs from news usage. */
const ITALIAN_NAME: Record<string, string> = {
  US: "Stati Uniti",
  VA: "Vaticano",
  TW: "Taiwan",
  PS: "Palestina",
};

/** Further variants seen in Italian news. */
const VARIANTS: Record<string, string[]> = {
  US: ["Stati Uniti", "Stati Uniti d'America", "Usa", "America"],
  GB: ["Gran Bretagna"],
  KP: ["Nord Corea", "Corea settentrionale", "Repubblica Popolare Democratica di Corea"],
  KR: ["Sud Corea", "Corea meridionale", "Repubblica di Corea"],
  RU: ["Federazione Russa", "Federazione russa"],
  CN: ["Repubblica Popolare Cinese", "Repubblica popolare cinese", "Cina popolare"],
  DE: ["Repubblica Federale Tedesca"],
  NL: ["Olanda"],
  CZ: ["Cechia"],
  VA: ["Santa Sede", "Città del Vaticano"],
  MM: ["Birmania"],
  AE: ["Emirati", "Emirati Arabi"],
  BY: ["Bielorussia", "Belarus"],
  MK: ["Macedonia"],
  CD: ["Congo-Kinshasa"],
  CG: ["Congo-Brazzaville"],
  IR: ["Persia"],
  TR: ["Türkiye", "Turchia"],
  PS: ["Palestina", "Territori palestinesi"],
  CI: ["Costa d'Avorio"],
  UA: ["Ucraina"],
  VN: ["Viet Nam"],
  SS: ["Sud Sudan"],
  ZA: ["Sudafrica"],
  TL: ["Timor Est"],
};

/** Upper-case abbreviations: only matched when written in capitals. */
const ACRONYMS: Record<string, string[]> = {
  US: ["USA", "U.S.A.", "US", "U.S."],
  GB: ["UK", "U.K."],
  KP: ["RPDC", "DPRK"],
  CN: ["RPC", "PRC"],
  AE: ["EAU", "UAE"],
};

/** English names that are also common words or given names in text. */
const AMBIGUOUS_ENGLISH = new Set(["Jordan", "Chad", "Turkey", "Guinea", "Niger", "Georgia", "Jersey", "Guernsey"]);

export function countryEntries(): NamedEntry[] {
  const out: NamedEntry[] = [];
  const english = countries.getNames("en", { select: "all" });
  for (const [code, enNames] of Object.entries(english)) {
    const itNames = countries.getNames("it", { select: "all" })[code] ?? [];
    const entry: GazetteerEntry = {
      id: countryId(code),
      name: ITALIAN_NAME[code] ?? itNames[0] ?? enNames[0]!,
      type: "GPE",
      source: "countries",
    };
    const names = new Set<string>([entry.name, ...itNames, ...(VARIANTS[code] ?? [])]);
    for (const n of enNames) if (!n.includes(",") && !/^[A-Z.]+$/.test(n) && !AMBIGUOUS_ENGLISH.has(n)) names.add(n);
    if (ENGLISH_NAME[code]) names.add(ENGLISH_NAME[code]);
    for (const variant of names) out.push({ variant, entry });
    for (const variant of ACRONYMS[code] ?? []) out.push({ variant, entry: { ...entry, acronym: true } });
  }
  return out;
}

/** The entity id of a country given its ISO 3166-1 alpha-2 code ("KP" → "north-korea"). */
export function countryId(code: string): string {
  const upper = code.toUpperCase();
  if (ENGLISH_NAME[upper]) return slugify(ENGLISH_NAME[upper]);
  const names = countries.getName(upper, "en", { select: "all" }) ?? [];
  const plain = names.filter((n) => !n.includes(",") && !/^[A-Z.]+$/.test(n)).sort((a, b) => a.length - b.length);
  const name = plain[0] ?? names[0];
  if (!name) throw new Error(`trama: unknown country code '${code}' in the gazetteer; use an ISO 3166-1 alpha-2 code`);
  return slugify(name);
}
