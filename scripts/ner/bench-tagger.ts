// Speed of the shipped tagger: model load time and tokens per second on KIND WN_dev
// (sentence pass alone, and both passes as `trama ner` runs them), and feature extraction
// when every word is new. Figures are per CPU-second of this process (process.cpuUsage),
// which a busy machine disturbs far less than wall-clock time; wall-clock is printed too.
//   node --import tsx scripts/ner/bench-tagger.ts [--conll FILE] [--repeat N] [--model FILE]
import { parseArgs } from "node:util";
import { readConll } from "../../src/ner/conll.ts";
import { loadModel } from "../../src/ner/model-io.ts";
import { DEFAULT_NER_MODEL_PATH } from "../../src/ner/index.ts";
import { FeatureExtractor } from "../../src/ner/features.ts";
import { KIND_DIR } from "../shared-path.ts";

const { values } = parseArgs({
  options: {
    conll: { type: "string", default: `${KIND_DIR}/WN_dev.tsv` },
    repeat: { type: "string", default: "5" },
    model: { type: "string", default: DEFAULT_NER_MODEL_PATH },
  },
});
const sentences = readConll(values.conll!).map((s) => s.tokens);
const tokenCount = sentences.reduce((n, s) => n + s.length, 0);
const repeat = Number(values.repeat);

function measure<T>(what: () => T): { value: T; cpu: number; wall: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = what();
  const c = process.cpuUsage(c0);
  return { value, cpu: (c.user + c.system) / 1e6, wall: (performance.now() - t0) / 1000 };
}
const rate = (tokens: number, seconds: number) => Math.round(tokens / seconds).toLocaleString("en");

const load = measure(() => loadModel(values.model!));
const model = load.value;
console.log(`model load: ${(load.cpu * 1000).toFixed(0)} ms CPU, ${(load.wall * 1000).toFixed(0)} ms wall (${model.index.size} features)`);

// A first pass warms the word-type cache and the JIT, as a long run would.
const cold = measure(() => sentences.forEach((s) => model.tag(s)));
console.log(`sentence pass, cold cache: ${rate(tokenCount, cold.cpu)} tokens/CPU-s`);
const warm = measure(() => {
  for (let r = 0; r < repeat; r++) for (const s of sentences) model.tag(s);
});
console.log(`sentence pass: ${rate(tokenCount * repeat, warm.cpu)} tokens/CPU-s, ${rate(tokenCount * repeat, warm.wall)} tokens/s wall (${tokenCount} tokens × ${repeat})`);
const doc = measure(() => {
  for (let r = 0; r < repeat; r++) model.tagDocument(sentences);
});
console.log(`both passes (tagDocument): ${rate(tokenCount * repeat, doc.cpu)} tokens/CPU-s, ${rate(tokenCount * repeat, doc.wall)} tokens/s wall`);
// New words cost most (their features are looked up once, then cached): features of the
// whole text with an empty word cache but warm JIT, as an article full of unseen names.
let fresh = Infinity;
for (let r = 0; r < repeat; r++) {
  fresh = Math.min(fresh, measure(() => {
    const extractor = new FeatureExtractor(model.resources, model.index);
    for (const s of sentences) extractor.extract(s);
  }).cpu);
}
console.log(`feature extraction, every word new (best of ${repeat}): ${rate(tokenCount, fresh)} tokens/CPU-s`);
