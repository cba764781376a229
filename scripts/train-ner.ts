// Trains the Italian NER tagger on KIND and writes models/ner-it.bin.gz.
//   npm run train:ner [-- --epochs N --cutoff N --folds N --seed N --out PATH --data DIR
//                        --place-min N (0: no place list) --no-common-words
//                        --sentence-pass-cache FILE (screening document-pass features)]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { buildGazetteer } from "../src/ner/gazetteer.ts";
import { saveModel } from "../src/ner/model-io.ts";
import { trainNerModel, type NerTrainSettings } from "../src/ner/train.ts";
import { KIND_DIR, KIND_DOMAINS, readKindSplit } from "./ner/kind.ts";
import { commonWordClasses, italianCountries, kindOrganisations, LIST_ATTRIBUTION, organisationWordKeys, worldPlaces } from "./ner/name-lists.ts";
import { clusterPrefixes, clusterWords } from "./ner/clusters.ts";

const { values } = parseArgs({
  options: {
    epochs: { type: "string" },
    cutoff: { type: "string" },
    folds: { type: "string" },
    window: { type: "string" },
    margin: { type: "string" },
    seed: { type: "string" },
    weights: { type: "string" },
    "no-names": { type: "boolean" },
    out: { type: "string", default: fileURLToPath(new URL("../models/ner-it.bin.gz", import.meta.url)) },
    data: { type: "string", default: KIND_DIR },
    "cluster-prefixes": { type: "string", default: "4,8,12,16" },
    "place-min": { type: "string", default: "1000" },
    "no-common-words": { type: "boolean" },
    "sentence-pass-cache": { type: "string" },
  },
});
const settings: Partial<NerTrainSettings> = {};
if (values.epochs) settings.epochs = Number(values.epochs);
if (values.cutoff) settings.featureCutoff = Number(values.cutoff);
if (values.folds) settings.folds = Number(values.folds);
if (values.window) settings.documentWindow = Number(values.window);
if (values.margin) settings.margin = Number(values.margin);
if (values.seed) settings.seed = Number(values.seed);
if (values.weights) {
  settings.corpusWeights = Object.fromEntries(values.weights.split(",").map((kv) => [kv.split("=")[0]!, Number(kv.split("=")[1])]));
}
if (values["no-names"]) settings.trainingNames = false;

const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${line}`);
const dir = values.data!;
const train = KIND_DOMAINS.map((d) => readKindSplit(dir, d, "train"));
const dev = KIND_DOMAINS.map((d) => readKindSplit(dir, d, "dev"));
const placeMin = Number(values["place-min"]);
const fixedLists = [
  kindOrganisations(`${dir}/it-ORG-wikipedia.txt`),
  italianCountries(),
  ...(placeMin > 0 ? [worldPlaces(fileURLToPath(new URL("./ner/data/world-places.tsv", import.meta.url)), placeMin)] : []),
];
log(`read ${train.map((c) => `${c.name} ${c.sentences.length}`).join(", ")} training sentences; lists ${fixedLists.map((g) => `${g.code} ${g.names.length}`).join(", ")}`);

// Clusters are learnt from the training texts only, so dev scores stay honest.
const prefixLengths = values["cluster-prefixes"] ? values["cluster-prefixes"].split(",").map(Number) : [];
const paths = prefixLengths.length ? clusterWords(train.flatMap((c) => c.sentences.map((s) => s.tokens))) : new Map<string, string>();
const clusters = clusterPrefixes(paths, prefixLengths);
log(`clustered ${clusters.size} words (prefixes ${prefixLengths.join(",") || "none"})`);

const wordClasses = values["no-common-words"] ? new Map<string, string[]>() : commonWordClasses(fileURLToPath(new URL("./ner/data/common-words.tsv", import.meta.url)));

const attribution = [readFileSync(`${dir}/ATTRIBUTION.md`, "utf8"), ...(placeMin > 0 ? [LIST_ATTRIBUTION.places] : []), ...(wordClasses.size ? [LIST_ATTRIBUTION.commonWords] : [])].join("\n");
const { model, report } = trainNerModel(
  {
    train,
    dev,
    resources: {
      clusters,
      wordKeys: organisationWordKeys(fixedLists[0]!),
      ...(wordClasses.size ? { wordClasses } : {}),
      gazetteers: fixedLists.map((g) => ({ ...g, gazetteer: buildGazetteer(g) })),
    },
    ...(values["sentence-pass-cache"] ? { sentencePassCache: values["sentence-pass-cache"] } : {}),
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
log(`kept sentence epoch ${report.sentenceEpoch}, document epoch ${report.documentEpoch ?? "-"}, ${report.features} features; wrote ${values.out}`);
for (const [name, line] of Object.entries(report.devSentencePass)) log(`sentence pass ${name}_dev ${line}`);
for (const [name, line] of Object.entries(report.dev)) log(`final ${name}_dev ${line}`);
