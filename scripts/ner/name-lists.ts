import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import countries from "i18n-iso-countries";
import { tokeniseName, type GazetteerData } from "../../src/ner/gazetteer.ts";

// Fixed name lists compiled into the model: KIND's Wikipedia organisation names and
// the Italian names of the world's countries.

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
