import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import { SettingsError } from "../errors.ts";
import { documentEvidence, FIRST_PASS_TEMPERATURE, type FirstPass } from "./document.ts";
import { addSentence, emptyScores, f1, formatScores, type SpanScores } from "./evaluate.ts";
import { cloneFeatures, FeatureExtractor, GrowingIndex, PeekIndex, type FeatureResources, type NamedGazetteer, type SentenceFeatures } from "./features.ts";
import { buildGazetteer, type GazetteerData } from "./gazetteer.ts";
import { NerModel, type NerModelInfo } from "./model.ts";
import { TagMarginals } from "./marginals.ts";
import { Decoder, emissionScores, LinearChainWeights, trainPerceptron, type TrainingExample } from "./perceptron.ts";
import { NER_TAG_COUNT, NER_TAGS, spansOf, tagIndex } from "./tags.ts";

// Training the tagger: features → cut-off → averaged perceptron, the epoch picked on the
// first held-out set. Two things are learnt from cross-validated predictions so that the
// model learns how far to trust them on unseen text instead of copying answers:
// - a gazetteer of the training names: each training sentence sees only the names of
//   the other folds;
// - the document pass: its evidence (how the sentence pass tagged the same word nearby)
//   comes, for each fold, from a sentence pass trained on the other folds.

export interface NerTrainSettings {
  /** Most epochs to run per pass; the best on the first dev set is kept. */
  epochs: number;
  /** Features seen fewer times than this in training are dropped. */
  featureCutoff: number;
  /** Large-margin training: head start of wrong tags when decoding in training (0 = off). */
  margin: number;
  /** Folds for the cross-validated gazetteer and document evidence (≥ 2). */
  folds: number;
  /** Use a gazetteer of the training names. */
  trainingNames: boolean;
  /** Sentences before and after that the document pass reads; 0 = no document pass. */
  documentWindow: number;
  /** Update size per corpus name; corpora not listed weigh 1. */
  corpusWeights: Record<string, number>;
  seed: number;
}

export const DEFAULT_NER_TRAIN_SETTINGS: NerTrainSettings = {
  epochs: 12,
  featureCutoff: 2,
  margin: 0,
  folds: 5,
  trainingNames: true,
  documentWindow: 20,
  corpusWeights: { WN: 1, FIC: 0.6, ADG: 0.6 },
  seed: 1,
};

export function resolveNerTrainSettings(partial: Partial<NerTrainSettings> = {}): NerTrainSettings {
  const settings = { ...DEFAULT_NER_TRAIN_SETTINGS, ...partial };
  validateNerTrainSettings(settings);
  return settings;
}

export function validateNerTrainSettings(s: NerTrainSettings): void {
  const wholeAtLeast = (name: keyof NerTrainSettings, value: number, min: number) => {
    if (!Number.isInteger(value) || value < min) throw new SettingsError(name, `is ${value}`, `use a whole number ≥ ${min}`);
  };
  wholeAtLeast("epochs", s.epochs, 1);
  wholeAtLeast("featureCutoff", s.featureCutoff, 1);
  wholeAtLeast("folds", s.folds, 2);
  wholeAtLeast("documentWindow", s.documentWindow, 0);
  if (!(s.margin >= 0)) throw new SettingsError("margin", `is ${s.margin}`, "use a number ≥ 0");
  for (const [name, w] of Object.entries(s.corpusWeights)) {
    if (!(w > 0)) throw new SettingsError(`corpusWeights.${name}`, `is ${w}`, "use a number > 0");
  }
}

export interface LabelledSentence {
  tokens: string[];
  tags: string[];
}

export interface NamedCorpus {
  name: string;
  /** In document order: folds are contiguous blocks, and the document pass reads neighbours. */
  sentences: LabelledSentence[];
}

export interface NerTrainInput {
  train: NamedCorpus[];
  /** Held-out corpora; the first one picks the epochs. */
  dev: NamedCorpus[];
  /** Clusters and fixed name lists (the training-name gazetteer is added to them). */
  resources: FeatureResources;
  info: Omit<NerModelInfo, "training">;
  /**
   * A file keeping the sentence pass and its cross-validated tags: read when it exists,
   * written when it does not. For screening document-pass features, which leave the
   * sentence pass as it is: the caller keeps one file per sentence-pass configuration.
   */
  sentencePassCache?: string;
}

export interface NerTrainReport {
  sentenceEpoch: number;
  documentEpoch: number | null;
  features: number;
  /** Dev scores of the kept model, per corpus, formatted; the document pass when there is one. */
  dev: Record<string, string>;
  devF1: Record<string, number>;
  /** Dev scores of the sentence pass alone. */
  devSentencePass: Record<string, string>;
}

interface Collected {
  features: SentenceFeatures;
  gold: Int8Array;
  weight: number;
  fold: number;
  /** Position in the flattened training sentences (corpus order). */
  at: number;
}

export function trainNerModel(
  input: NerTrainInput,
  partial: Partial<NerTrainSettings> = {},
  log: (line: string) => void = () => {},
): { model: NerModel; report: NerTrainReport } {
  const settings = resolveNerTrainSettings(partial);
  for (const corpus of [...input.train, ...input.dev]) checkTags(corpus);
  const K = settings.folds;
  const flat = input.train.flatMap((c) =>
    c.sentences.map((s, i) => ({ ...s, corpus: c.name, fold: Math.floor((i * K) / c.sentences.length), weight: settings.corpusWeights[c.name] ?? 1 })),
  );

  type Flat = (typeof flat)[number];
  const withNames = (use: ((s: Flat) => boolean) | null): FeatureResources =>
    use
      ? { ...input.resources, gazetteers: [...input.resources.gazetteers, compile(trainingNameGazetteer(flat, use))] }
      : input.resources;
  const finalResources = withNames(settings.trainingNames ? () => true : null);
  const growing = new GrowingIndex();
  const foldExtractors = Array.from({ length: K }, (_, fold) => new FeatureExtractor(withNames(settings.trainingNames ? (s) => s.fold !== fold : null), growing));
  const collect = (extra?: (at: number) => ReadonlyArray<string[] | null>): Collected[] =>
    flat.map((s, at) => ({
      features: cloneFeatures(foldExtractors[s.fold]!.extract(s.tokens, extra?.(at))),
      gold: Int8Array.from(s.tags, tagIndex),
      weight: s.weight,
      fold: s.fold,
      at,
    }));

  // Sentence pass.
  const raw1 = collect();
  const pass1 = prune(raw1, growing.keys.length, settings.featureCutoff);
  const devExtractor = new FeatureExtractor(finalResources, new PeekIndex(growing));
  const devFeatures = (remap: Int32Array, extra?: (corpus: number, i: number) => ReadonlyArray<string[] | null>): HeldOut[] =>
    input.dev.map((c, ci) => ({
      name: c.name,
      sentences: c.sentences,
      features: c.sentences.map((s, i) => renumber(devExtractor.extract(s.tokens, extra?.(ci, i)), remap)),
    }));
  const dev1 = devFeatures(pass1.remap);
  log(`sentence pass: ${growing.keys.length} features collected, ${pass1.keep.length} kept (count ≥ ${settings.featureCutoff})`);
  const assemble = (w1: LinearChainWeights, w2: { keep: number[]; weights: LinearChainWeights } | null, training: Record<string, unknown>) => {
    const { keys, stages } = unionStages(growing.keys, { keep: pass1.keep, weights: w1 }, w2);
    return new NerModel({ ...input.info, training }, keys, { ...stages, documentWindow: settings.documentWindow }, finalResources);
  };
  const cached = input.sentencePassCache && existsSync(input.sentencePassCache) ? readSentencePass(input.sentencePassCache, flat.length) : null;
  if (cached) log(`sentence pass and its cross-validated tags read from ${input.sentencePassCache}`);
  const first = cached?.first ?? trainWithSelection(pass1.examples, pass1.keep.length, settings, dev1, "sentence", log);

  // Document pass: evidence from a sentence pass that did not see the sentence's fold.
  const decoder = new Decoder();
  const marginals = new TagMarginals(FIRST_PASS_TEMPERATURE);
  let scores = new Float64Array(256 * NER_TAG_COUNT);
  const firstPassOf = (w: LinearChainWeights, sf: SentenceFeatures): FirstPass => {
    if (scores.length < sf.length * NER_TAG_COUNT) scores = new Float64Array(2 * sf.length * NER_TAG_COUNT);
    emissionScores(w.emission, sf, scores);
    const tags = decoder.decodeScores(scores, sf.length, w.transition);
    return { tags, confidence: marginals.ofTags(scores, tags, w.transition) };
  };
  let second: { epoch: number; keep: number[]; weights: LinearChainWeights; scores: Record<string, SpanScores> } | null = null;
  if (settings.documentWindow > 0) {
    const firstPass: FirstPass[] = cached?.firstPass ?? new Array(flat.length);
    for (let fold = 0; fold < K && !cached; fold++) {
      const others = pass1.examples.filter((_, k) => raw1[k]!.fold !== fold);
      const w = trainPerceptron(others, pass1.keep.length, { ...settings, epochs: first.epoch });
      pass1.examples.forEach((ex, k) => {
        if (raw1[k]!.fold === fold) firstPass[raw1[k]!.at] = firstPassOf(w, ex.features);
      });
    }
    if (input.sentencePassCache && !cached) writeSentencePass(input.sentencePassCache, first, firstPass);
    const evidence: Array<Array<string[] | null>> = [];
    let at = 0;
    for (const c of input.train) {
      const part = firstPass.slice(at, at + c.sentences.length);
      evidence.push(...documentEvidence(c.sentences.map((s) => s.tokens), part.map((f) => f.tags), settings.documentWindow, part.map((f) => f.confidence)));
      at += c.sentences.length;
    }
    const raw2 = collect((k) => evidence[k]!);
    const pass2 = prune(raw2, growing.keys.length, settings.featureCutoff);
    log(`document pass: ${pass2.keep.length} features kept`);
    const devEvidence = dev1.map((d) => {
      const passes = d.features.map((sf) => firstPassOf(first.weights, sf));
      return documentEvidence(d.sentences.map((s) => s.tokens), passes.map((f) => f.tags), settings.documentWindow, passes.map((f) => f.confidence));
    });
    const dev2 = devFeatures(pass2.remap, (ci, i) => devEvidence[ci]![i]!);
    const trained = trainWithSelection(pass2.examples, pass2.keep.length, settings, dev2, "document", log);
    second = { ...trained, keep: pass2.keep };
  }

  const kept = second ?? first;
  const report: NerTrainReport = {
    sentenceEpoch: first.epoch,
    documentEpoch: second?.epoch ?? null,
    features: 0,
    dev: Object.fromEntries(Object.entries(kept.scores).map(([k, v]) => [k, formatScores(v)])),
    devF1: Object.fromEntries(Object.entries(kept.scores).map(([k, v]) => [k, Number(f1(v.overall).toFixed(4))])),
    devSentencePass: Object.fromEntries(Object.entries(first.scores).map(([k, v]) => [k, formatScores(v)])),
  };
  const model = assemble(first.weights, second, {});
  report.features = model.index.size;
  const training = { corpora: input.train.map((c) => `${c.name}_train (${c.sentences.length} sentences)`), settings, ...report };
  return { model: assemble(first.weights, second, training), report };
}

type TrainedPass = { epoch: number; weights: LinearChainWeights; scores: Record<string, SpanScores> };

function writeSentencePass(path: string, first: TrainedPass, firstPass: readonly FirstPass[]): void {
  const { epoch, weights, scores } = first;
  writeFileSync(path, serialize({ epoch, emission: weights.emission, transition: weights.transition, scores, firstPass }));
}

function readSentencePass(path: string, sentences: number): { first: TrainedPass; firstPass: FirstPass[] } {
  const data = deserialize(readFileSync(path));
  if (data.firstPass?.length !== sentences) {
    throw new SettingsError("sentencePassCache", `${path} holds ${data.firstPass?.length} sentences, not ${sentences}`, "delete it to train the sentence pass again");
  }
  return { first: { epoch: data.epoch, weights: new LinearChainWeights(data.emission, data.transition), scores: data.scores }, firstPass: data.firstPass };
}

/** A held-out corpus with its features already extracted for one pass. */
interface HeldOut extends NamedCorpus {
  features: SentenceFeatures[];
}

/** Trains one pass, scoring each epoch on the dev sets; keeps the best on the first. */
function trainWithSelection(
  examples: TrainingExample[],
  featureCount: number,
  settings: NerTrainSettings,
  dev: readonly HeldOut[],
  pass: "sentence" | "document",
  log: (line: string) => void,
): { epoch: number; weights: LinearChainWeights; scores: Record<string, SpanScores> } {
  let best: { epoch: number; weights: LinearChainWeights; scores: Record<string, SpanScores>; f1: number } | null = null;
  const decoder = new Decoder();
  const last = trainPerceptron(examples, featureCount, settings, (epoch, weights) => {
    if (dev.length === 0) return;
    const scores: Record<string, SpanScores> = {};
    for (const d of dev) {
      const s = (scores[d.name] = emptyScores());
      d.sentences.forEach((sent, i) => {
        const tags = Array.from(decoder.decode(weights.emission, weights.transition, d.features[i]!), (t) => NER_TAGS[t]!);
        addSentence(s, sent.tags, tags);
      });
    }
    const selectF1 = f1(scores[dev[0]!.name]!.overall);
    log(`${pass} epoch ${epoch}: ${dev.map((d) => `${d.name} ${formatScores(scores[d.name]!)}`).join("; ")}`);
    if (!best || selectF1 > best.f1) best = { epoch, weights, scores, f1: selectF1 };
  });
  return best ?? { epoch: settings.epochs, weights: last, scores: {} };
}

/** Scores a model on corpora; `document` reads each corpus as one stream of sentences. */
export function evaluateModel(model: NerModel, corpora: readonly NamedCorpus[], pass: "sentence" | "document" = "document"): Record<string, SpanScores> {
  const out: Record<string, SpanScores> = {};
  for (const corpus of corpora) {
    const scores = emptyScores();
    const predicted =
      pass === "document" ? model.tagDocument(corpus.sentences.map((s) => s.tokens)) : corpus.sentences.map((s) => model.tag(s.tokens));
    corpus.sentences.forEach((s, i) => addSentence(scores, s.tags, predicted[i]!));
    out[corpus.name] = scores;
  }
  return out;
}

function checkTags(corpus: NamedCorpus): void {
  corpus.sentences.forEach((s, i) => {
    if (s.tags.length !== s.tokens.length) {
      throw new SettingsError(`train.${corpus.name}`, `sentence ${i + 1} has ${s.tokens.length} tokens but ${s.tags.length} tags`, "give every token a tag");
    }
    for (const t of s.tags) {
      if (tagIndex(t) < 0) throw new SettingsError(`train.${corpus.name}`, `sentence ${i + 1} has tag '${t}'`, `use only ${NER_TAGS.join(", ")}`);
    }
  });
}

/** Names of the training entities (sentences where `use` holds), labelled by their types. */
function trainingNameGazetteer<S extends LabelledSentence>(sentences: readonly S[], use: (s: S) => boolean): GazetteerData {
  const types = new Map<string, Set<string>>();
  for (const s of sentences) {
    if (!use(s)) continue;
    for (const span of spansOf(s.tags)) {
      const name = s.tokens.slice(span.start, span.end).join(" ");
      let set = types.get(name);
      if (!set) types.set(name, (set = new Set()));
      set.add(span.type);
    }
  }
  const labels: string[] = [];
  const labelIds = new Map<string, number>();
  const names: string[] = [];
  const nameLabels: number[] = [];
  for (const [name, set] of types) {
    const label = [...set].sort().join("|");
    let id = labelIds.get(label);
    if (id === undefined) {
      id = labels.length;
      labels.push(label);
      labelIds.set(label, id);
    }
    names.push(name);
    nameLabels.push(id);
  }
  return { code: "train", labels, names, nameLabels };
}

function compile(data: GazetteerData): NamedGazetteer {
  return { ...data, gazetteer: buildGazetteer(data) };
}

/** Drops features seen fewer than `cutoff` times; `keep[local id]` = collected id. */
function prune(raw: readonly Collected[], collected: number, cutoff: number): { keep: number[]; remap: Int32Array; examples: TrainingExample[] } {
  const counts = new Int32Array(collected);
  for (const r of raw) for (const id of r.features.ids) counts[id]!++;
  const remap = new Int32Array(collected).fill(-1);
  const keep: number[] = [];
  for (let id = 0; id < collected; id++) if (counts[id]! >= cutoff) (remap[id] = keep.length), keep.push(id);
  const examples = raw.map((r) => ({ features: renumber(r.features, remap), gold: r.gold, weight: r.weight }));
  return { keep, remap, examples };
}

function renumber(sf: SentenceFeatures, remap: Int32Array): SentenceFeatures {
  const offsets = new Int32Array(sf.length + 1);
  const ids: number[] = [];
  for (let i = 0; i < sf.length; i++) {
    offsets[i] = ids.length;
    for (let k = sf.offsets[i]!; k < sf.offsets[i + 1]!; k++) {
      const id = remap[sf.ids[k]!]!;
      if (id >= 0) ids.push(id);
    }
  }
  offsets[sf.length] = ids.length;
  return { length: sf.length, offsets, ids: Int32Array.from(ids) };
}

/** Puts both passes' weights over one key list (the union of their features). */
function unionStages(
  allKeys: readonly string[],
  one: { keep: number[]; weights: LinearChainWeights },
  two: { keep: number[]; weights: LinearChainWeights } | null,
): { keys: string[]; stages: { sentence: LinearChainWeights; document: LinearChainWeights | null } } {
  const T = NER_TAG_COUNT;
  const ids = [...new Set([...one.keep, ...(two?.keep ?? [])])].sort((a, b) => a - b);
  const position = new Map(ids.map((id, k) => [id, k]));
  const spread = (pass: { keep: number[]; weights: LinearChainWeights }) => {
    const emission = new Float32Array(ids.length * T);
    pass.keep.forEach((id, local) => emission.set(pass.weights.emission.subarray(local * T, local * T + T), position.get(id)! * T));
    return new LinearChainWeights(emission, pass.weights.transition);
  };
  return { keys: ids.map((id) => allKeys[id]!), stages: { sentence: spread(one), document: two ? spread(two) : null } };
}
