// Italian nationality adjectives and nouns → the state they stand for ("nordcoreani" →
// north-korea). No package lists Italian demonyms, so this is our own list of the
// countries that make the news, written as the masculine singular; `inflections` derives
// the other forms (-o: -o -a -i -e; -co: -co -ca -chi -che, or "greco:greci" where the
// plural is soft; -e: -e -i; -ita/-ota: -a -i -e; -a: -a -i -he).
// Words for peoples without a state ("europeo", "asiatico", "occidentale") are left out:
// "gli alleati europei" is not an actor the ontology has.
import { countryId } from "../gazetteer/countries.ts";
import { foldPiece } from "../gazetteer/pieces.ts";

/** ISO 3166-1 alpha-2 code → masculine singular demonyms. */
const DEMONYMS: Record<string, string[]> = {
  AF: ["afghano", "afgano"],
  AL: ["albanese"],
  DZ: ["algerino"],
  AO: ["angolano"],
  AR: ["argentino"],
  AM: ["armeno"],
  AU: ["australiano"],
  AT: ["austriaco:austriaci"],
  AZ: ["azero", "azerbaigiano"],
  BD: ["bengalese"],
  BY: ["bielorusso"],
  BE: ["belga"],
  BO: ["boliviano"],
  BA: ["bosniaco:bosniaci"],
  BR: ["brasiliano"],
  BG: ["bulgaro"],
  CA: ["canadese"],
  CL: ["cileno"],
  CN: ["cinese"],
  CO: ["colombiano"],
  KP: ["nordcoreano", "norcoreano"],
  KR: ["sudcoreano"],
  HR: ["croato"],
  CU: ["cubano"],
  CY: ["cipriota"],
  CZ: ["ceco"],
  DK: ["danese"],
  EC: ["ecuadoriano"],
  EG: ["egiziano"],
  AE: ["emiratino"],
  ER: ["eritreo"],
  EE: ["estone"],
  ET: ["etiope"],
  PH: ["filippino"],
  FI: ["finlandese"],
  FR: ["francese"],
  GE: ["georgiano"],
  DE: ["tedesco"],
  GH: ["ghanese"],
  JP: ["giapponese", "nipponico:nipponici"],
  JO: ["giordano"],
  GR: ["greco:greci"],
  IN: ["indiano"],
  ID: ["indonesiano"],
  IR: ["iraniano"],
  IQ: ["iracheno"],
  IE: ["irlandese"],
  IS: ["islandese"],
  IL: ["israeliano"],
  IT: ["italiano"],
  KZ: ["kazako", "kazakho"],
  KE: ["keniota"],
  XK: ["kosovaro"],
  KW: ["kuwaitiano"],
  LV: ["lettone"],
  LB: ["libanese"],
  LY: ["libico:libici"],
  LT: ["lituano"],
  MK: ["macedone"],
  MY: ["malese"],
  ML: ["maliano"],
  MA: ["marocchino"],
  MX: ["messicano"],
  MD: ["moldavo"],
  MN: ["mongolo"],
  ME: ["montenegrino"],
  MM: ["birmano"],
  NP: ["nepalese"],
  NE: ["nigerino"],
  NG: ["nigeriano"],
  NO: ["norvegese"],
  NZ: ["neozelandese"],
  NL: ["olandese"],
  PK: ["pakistano"],
  PS: ["palestinese"],
  PE: ["peruviano"],
  PL: ["polacco"],
  PT: ["portoghese"],
  QA: ["qatariota"],
  GB: ["britannico:britannici"],
  RO: ["rumeno", "romeno"],
  RU: ["russo"],
  SA: ["saudita"],
  RS: ["serbo"],
  SY: ["siriano"],
  SK: ["slovacco"],
  SI: ["sloveno"],
  SO: ["somalo"],
  ES: ["spagnolo"],
  US: ["statunitense", "americano"],
  ZA: ["sudafricano"],
  SD: ["sudanese"],
  SE: ["svedese"],
  CH: ["svizzero"],
  TW: ["taiwanese"],
  TH: ["thailandese", "tailandese"],
  TN: ["tunisino"],
  TR: ["turco"],
  UA: ["ucraino"],
  HU: ["ungherese"],
  UY: ["uruguaiano"],
  UZ: ["uzbeko"],
  VA: ["vaticano"],
  VE: ["venezuelano"],
  VN: ["vietnamita"],
  YE: ["yemenita"],
  ZW: ["zimbabwese"],
  // Smaller states in the news less often, from the ISO list the country gazetteer uses.
  PY: ["paraguaiano", "paraguayano"],
  BH: ["bahreinita"],
  OM: ["omanita"],
  PA: ["panamense"],
  CR: ["costaricano", "costaricense"],
  GT: ["guatemalteco:guatemaltechi"],
  HN: ["honduregno"],
  NI: ["nicaraguense"],
  SV: ["salvadoregno"],
  DO: ["dominicano"],
  HT: ["haitiano"],
  JM: ["giamaicano"],
  LK: ["singalese", "srilankese"],
  KH: ["cambogiano"],
  LA: ["laotiano"],
  SG: ["singaporiano"],
  KG: ["kirghiso"],
  TJ: ["tagiko:tagiki"],
  TM: ["turkmeno"],
  SN: ["senegalese"],
  CI: ["ivoriano"],
  CM: ["camerunense"],
  RW: ["ruandese"],
  UG: ["ugandese"],
  TZ: ["tanzaniano"],
  MZ: ["mozambicano"],
  ZM: ["zambiano"],
  TD: ["ciadiano"],
  MR: ["mauritano"],
  SS: ["sudsudanese"],
  DJ: ["gibutiano"],
  MG: ["malgascio"],
  NA: ["namibiano"],
  LU: ["lussemburghese"],
  MT: ["maltese"],
  MC: ["monegasco:monegaschi"],
  SM: ["sammarinese"],
  AD: ["andorrano"],
  GA: ["gabonese"],
  LR: ["liberiano"],
  TG: ["togolese"],
  BJ: ["beninese"],
  BF: ["burkinabe"],
  BT: ["bhutanese"],
  MV: ["maldiviano"],
  CV: ["capoverdiano"],
  MU: ["mauriziano"],
  FJ: ["figiano"],
  LS: ["lesothiano"],
  SL: ["sierraleonese"],
  GM: ["gambiano"],
};

/** The inflected forms of a masculine singular demonym, "greco:greci" giving the plural. */
export function inflections(listed: string): string[] {
  const [singular, plural] = listed.split(":") as [string, string | undefined];
  const stem = singular.slice(0, -1);
  if (singular.endsWith("co")) return [singular, `${stem}a`, plural ?? `${stem}hi`, `${stem}he`];
  if (singular.endsWith("o")) return [singular, `${stem}a`, `${stem}i`, `${stem}e`];
  if (singular.endsWith("e")) return [singular, `${stem}i`];
  if (singular.endsWith("ita") || singular.endsWith("ota")) return [singular, `${stem}i`, `${stem}e`];
  if (singular.endsWith("a")) return [singular, `${stem}i`, `${stem}he`];
  return [singular];
}

let table: Map<string, string> | undefined;

function buildTable(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [code, forms] of Object.entries(DEMONYMS)) {
    const id = countryId(code);
    for (const form of forms) for (const f of inflections(form)) if (!map.has(f)) map.set(f, id);
  }
  return map;
}

/**
 * The country id a nationality word stands for ("nordcoreani" → "north-korea"), or
 * undefined. Case- and accent-insensitive; one hash lookup.
 */
export function demonymCountry(word: string): string | undefined {
  return (table ??= buildTable()).get(foldPiece(word));
}

/** The same for a word already folded (a gazetteer piece): one hash lookup. */
export function demonymOfPiece(piece: string): string | undefined {
  return (table ??= buildTable()).get(piece);
}
