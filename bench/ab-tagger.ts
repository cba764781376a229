import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { readConll } from "../src/ner/conll.ts";
import { KIND_DIR } from "../scripts/shared-path.ts";

// Before/after CPU cost of the tagger alone, both source trees in ONE process, taking
// turns (which tree goes first alternates), so load from other processes on this shared
// machine falls on both alike. Per round and tree:
//   load       loadModel of the shipped model
//   new words  a fresh model object (empty word-type caches, warm JIT) tags every sentence:
//              each word type's features are looked up on first sight, as in unseen text
// then, with each tree's last model, `--repeat` turns of each tree of:
//   sentence   the sentence pass again, every word type cached
//   document   both passes (tagDocument, as `trama ner` runs them), warm
// Short turns alternating many times are steadier than one long run each.
//
//   node --import tsx bench/ab-tagger.ts BEFORE_ROOT AFTER_ROOT [--rounds 6] [--repeat 30] [--conll FILE]

interface Model {
  info: unknown;
  index: { keys: readonly string[] };
  stages: unknown;
  resources: unknown;
  tag(tokens: readonly string[]): string[];
  tagDocument(sentences: readonly (readonly string[])[]): string[][];
}
type ModelClass = new (info: unknown, keys: readonly string[], stages: unknown, resources: unknown) => Model;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: "string", default: "6" },
    repeat: { type: "string", default: "30" },
    conll: { type: "string", default: `${KIND_DIR}/WN_dev.tsv` },
  },
});
if (positionals.length !== 2) {
  console.error("usage: node --import tsx bench/ab-tagger.ts BEFORE_ROOT AFTER_ROOT [--rounds 6] [--repeat 30] [--conll FILE]");
  process.exit(2);
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const timed = (what: () => void) => {
  const start = cpu();
  what();
  return cpu() - start;
};

const sentences = readConll(values.conll!).map((s) => s.tokens);
const tokens = sentences.reduce((n, s) => n + s.length, 0);
const trees = await Promise.all(
  positionals.map(async (root) => {
    const dir = resolve(root);
    const { DEFAULT_NER_MODEL_PATH } = (await import(`${dir}/src/ner/index.ts`)) as { DEFAULT_NER_MODEL_PATH: string };
    const { loadModel } = (await import(`${dir}/src/ner/model-io.ts`)) as { loadModel: (path: string) => Model };
    const { NerModel } = (await import(`${dir}/src/ner/model.ts`)) as { NerModel: ModelClass };
    return { dir, path: DEFAULT_NER_MODEL_PATH, loadModel, NerModel, model: null as Model | null };
  }),
);

const phases = ["load", "new words", "sentence", "document"] as const;
const totals = trees.map(() => new Map<string, number[]>(phases.map((p) => [p, []])));
const record = (t: number, phase: string, seconds: number) => totals[t]!.get(phase)!.push(seconds);
const rounds = Number(values.rounds);
for (let r = 0; r < rounds; r++) {
  for (const t of r % 2 === 0 ? [0, 1] : [1, 0]) {
    const tree = trees[t]!;
    let loaded: Model | null = null;
    record(t, "load", timed(() => (loaded = tree.loadModel(tree.path))));
    const model = loaded!;
    const fresh = new tree.NerModel(model.info, model.index.keys, model.stages, model.resources);
    record(t, "new words", timed(() => sentences.forEach((s) => fresh.tag(s))));
    tree.model = fresh;
  }
}
const repeat = Number(values.repeat);
for (let r = 0; r < repeat; r++) {
  for (const t of r % 2 === 0 ? [0, 1] : [1, 0]) {
    const model = trees[t]!.model!;
    record(t, "sentence", timed(() => sentences.forEach((s) => model.tag(s))));
    record(t, "document", timed(() => model.tagDocument(sentences)));
  }
}

console.log(`${sentences.length} sentences, ${tokens} tokens, ${rounds} rounds, ${repeat} turns; CPU ms per pass: min / median / sum, before → after`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const phase of phases) {
  const [b, a] = totals.map((m) => m.get(phase)!) as [number[], number[]];
  const ms = (s: number) => (s * 1000).toFixed(0);
  const ratio = (x: number, y: number) => (y / x).toFixed(3);
  const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0);
  const rate = phase === "load" ? "" : `; tokens/CPU-s at the median ${Math.round(tokens / median(b)).toLocaleString("en")} → ${Math.round(tokens / median(a)).toLocaleString("en")}`;
  console.log(
    `${phase.padEnd(9)} min ${ms(Math.min(...b))} → ${ms(Math.min(...a))} (${ratio(Math.min(...b), Math.min(...a))}); median ${ms(median(b))} → ${ms(median(a))} (${ratio(median(b), median(a))}); sum ${ms(sum(b))} → ${ms(sum(a))} (${ratio(sum(b), sum(a))})${rate}`,
  );
}
