// Trains the Italian NER tagger on KIND and writes models/ner-it.bin.gz.
//   npm run train:ner [-- --epochs N --cutoff N --folds N --out PATH --data DIR]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { buildGazetteer } from "../src/ner/gazetteer.ts";
import { saveModel } from "../src/ner/model-io.ts";
import { trainNerModel, type NerTrainSettings } from "../src/ner/train.ts";
import { KIND_DIR, KIND_DOMAINS, readKindSplit } from "./ner/kind.ts";
import { italianCountries, kindOrganisations } from "./ner/name-lists.ts";

const { values } = parseArgs({
  options: {
    epochs: { type: "string" },
    cutoff: { type: "string" },
    folds: { type: "string" },
    out: { type: "string", default: fileURLToPath(new URL("../models/ner-it.bin.gz", import.meta.url)) },
    data: { type: "string", default: KIND_DIR },
  },
});
const settings: Partial<NerTrainSettings> = {};
if (values.epochs) settings.epochs = Number(values.epochs);
if (values.cutoff) settings.featureCutoff = Number(values.cutoff);
if (values.folds) settings.folds = Number(values.folds);

const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${line}`);
const dir = values.data!;
const train = KIND_DOMAINS.map((d) => readKindSplit(dir, d, "train"));
const dev = KIND_DOMAINS.map((d) => readKindSplit(dir, d, "dev"));
const fixedLists = [kindOrganisations(`${dir}/it-ORG-wikipedia.txt`), italianCountries()];
log(`read ${train.map((c) => `${c.name} ${c.sentences.length}`).join(", ")} training sentences; lists ${fixedLists.map((g) => `${g.code} ${g.names.length}`).join(", ")}`);

const attribution = readFileSync(`${dir}/ATTRIBUTION.md`, "utf8");
const { model, report } = trainNerModel(
  {
    train,
    dev,
    resources: { clusters: new Map(), gazetteers: fixedLists.map((g) => ({ ...g, gazetteer: buildGazetteer(g) })) },
    info: {
      format: "trama-ner",
      version: 1,
      licence: "CC BY-NC 4.0 (trained on KIND; the ADG part of the training data is CC BY-NC-SA 4.0)",
      attribution,
    },
  },
  settings,
  log,
);
saveModel(values.out!, model);
log(`kept epoch ${report.bestEpoch}, ${report.features} features; wrote ${values.out}`);
for (const [name, line] of Object.entries(report.dev)) log(`${name}_dev ${line}`);
