import { SettingsError } from "../errors.ts";
import { addSentence, emptyScores, f1, formatScores, type SpanScores } from "./evaluate.ts";
import { FeatureExtractor, GrowingIndex, type FeatureResources, type NamedGazetteer, type SentenceFeatures } from "./features.ts";
import { buildGazetteer, type GazetteerData } from "./gazetteer.ts";
import { NerModel, type NerModelInfo } from "./model.ts";
import { LinearChainWeights, trainPerceptron, type TrainingExample } from "./perceptron.ts";
import { NER_TAGS, spansOf, tagIndex } from "./tags.ts";

// Training the tagger: features → cut-off → averaged perceptron, the epoch picked on the
// first held-out set. A gazetteer of the training names is a feature too, but each
// training sentence sees only the names of the *other* folds, so the model learns how far
// such a list can be trusted on unseen text instead of copying the answer from it.

export interface NerTrainSettings {
  /** Most epochs to run; the best on the first dev set is kept. */
  epochs: number;
  /** Features seen fewer times than this in training are dropped. */
  featureCutoff: number;
  /** Folds for the cross-validated training-name gazetteer (0 = no such gazetteer). */
  folds: number;
  /** Update size per corpus name; corpora not listed weigh 1. */
  corpusWeights: Record<string, number>;
  seed: number;
}

export const DEFAULT_NER_TRAIN_SETTINGS: NerTrainSettings = {
  epochs: 12,
  featureCutoff: 2,
  folds: 5,
  corpusWeights: { WN: 1, FIC: 0.6, ADG: 0.6 },
  seed: 1,
};

export function resolveNerTrainSettings(partial: Partial<NerTrainSettings> = {}): NerTrainSettings {
  const settings = { ...DEFAULT_NER_TRAIN_SETTINGS, ...partial };
  validateNerTrainSettings(settings);
  return settings;
}

export function validateNerTrainSettings(s: NerTrainSettings): void {
  if (!Number.isInteger(s.epochs) || s.epochs < 1) throw new SettingsError("epochs", `is ${s.epochs}`, "use a whole number ≥ 1");
  if (!Number.isInteger(s.featureCutoff) || s.featureCutoff < 1) {
    throw new SettingsError("featureCutoff", `is ${s.featureCutoff}`, "use a whole number ≥ 1");
  }
  if (!Number.isInteger(s.folds) || s.folds === 1 || s.folds < 0) {
    throw new SettingsError("folds", `is ${s.folds}`, "use 0 (no training-name gazetteer) or a whole number ≥ 2");
  }
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
  sentences: LabelledSentence[];
}

export interface NerTrainInput {
  /** Training corpora; each keeps its document order (folds are contiguous blocks). */
  train: NamedCorpus[];
  /** Held-out corpora; the first one picks the epoch. */
  dev: NamedCorpus[];
  /** Clusters and fixed name lists (the training-name gazetteer is added here). */
  resources: FeatureResources;
  info: Omit<NerModelInfo, "training">;
}

export interface NerTrainReport {
  bestEpoch: number;
  features: number;
  /** Dev scores of the kept epoch, per corpus, formatted. */
  dev: Record<string, string>;
  devF1: Record<string, number>;
}

export function trainNerModel(
  input: NerTrainInput,
  partial: Partial<NerTrainSettings> = {},
  log: (line: string) => void = () => {},
): { model: NerModel; report: NerTrainReport } {
  const settings = resolveNerTrainSettings(partial);
  for (const corpus of [...input.train, ...input.dev]) checkTags(corpus);

  // Fold f of each corpus is its f-th contiguous block; names come from the other folds.
  const foldOf: number[][] = input.train.map((c) => c.sentences.map((_, i) => Math.floor((i * Math.max(settings.folds, 1)) / c.sentences.length)));
  const fullGaz = settings.folds > 0 ? trainingNameGazetteer(input.train, () => true) : null;
  const resourcesFor = (gaz: GazetteerData | null): FeatureResources => ({
    clusters: input.resources.clusters,
    gazetteers: gaz ? [...input.resources.gazetteers, compile(gaz)] : input.resources.gazetteers,
  });

  const growing = new GrowingIndex();
  const raw: Array<{ features: SentenceFeatures; gold: Int8Array; weight: number }> = [];
  const foldCount = Math.max(settings.folds, 1);
  for (let fold = 0; fold < foldCount; fold++) {
    const gaz = settings.folds > 0 ? trainingNameGazetteer(input.train, (c, i) => foldOf[c]![i] !== fold) : null;
    const extractor = new FeatureExtractor(resourcesFor(gaz), growing);
    input.train.forEach((corpus, c) => {
      const weight = settings.corpusWeights[corpus.name] ?? 1;
      corpus.sentences.forEach((s, i) => {
        if (foldOf[c]![i] !== fold && settings.folds > 0) return;
        raw.push({ features: extractor.extract(s.tokens), gold: Int8Array.from(s.tags, tagIndex), weight });
      });
    });
  }
  log(`features collected: ${growing.keys.length} from ${raw.length} sentences`);

  // Cut-off: count occurrences, keep frequent features, renumber.
  const counts = new Int32Array(growing.keys.length);
  for (const r of raw) for (const id of r.features.ids) counts[id]!++;
  const remap = new Int32Array(growing.keys.length).fill(-1);
  const keys: string[] = [];
  for (let id = 0; id < counts.length; id++) {
    if (counts[id]! >= settings.featureCutoff) {
      remap[id] = keys.length;
      keys.push(growing.keys[id]!);
    }
  }
  const examples: TrainingExample[] = raw.map((r) => ({ features: renumber(r.features, remap), gold: r.gold, weight: r.weight }));
  log(`features kept (count ≥ ${settings.featureCutoff}): ${keys.length}`);

  const finalResources = resourcesFor(fullGaz);
  let best: { epoch: number; weights: LinearChainWeights; f1: number; scores: Record<string, SpanScores> } | null = null;
  const probe = (weights: LinearChainWeights) => new NerModel({ ...input.info, training: {} }, keys, weights, finalResources);
  const last = trainPerceptron(examples, keys.length, settings, (epoch, weights) => {
    if (input.dev.length === 0) return;
    const scores = evaluateModel(probe(weights), input.dev);
    const selectF1 = f1(scores[input.dev[0]!.name]!.overall);
    log(`epoch ${epoch}: ${input.dev.map((d) => `${d.name} ${formatScores(scores[d.name]!)}`).join("; ")}`);
    if (!best || selectF1 > best.f1) best = { epoch, weights, f1: selectF1, scores };
  });
  const chosen = best ?? { epoch: settings.epochs, weights: last, f1: 0, scores: {} as Record<string, SpanScores> };
  const report: NerTrainReport = {
    bestEpoch: chosen.epoch,
    features: keys.length,
    dev: Object.fromEntries(Object.entries(chosen.scores).map(([k, v]) => [k, formatScores(v)])),
    devF1: Object.fromEntries(Object.entries(chosen.scores).map(([k, v]) => [k, Number(f1(v.overall).toFixed(4))])),
  };
  const training = {
    corpora: input.train.map((c) => `${c.name} (${c.sentences.length} sentences)`),
    settings,
    ...report,
  };
  return { model: new NerModel({ ...input.info, training }, keys, chosen.weights, finalResources), report };
}

export function evaluateModel(model: NerModel, corpora: readonly NamedCorpus[]): Record<string, SpanScores> {
  const out: Record<string, SpanScores> = {};
  for (const corpus of corpora) {
    const scores = emptyScores();
    for (const s of corpus.sentences) addSentence(scores, s.tags, model.tag(s.tokens));
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
function trainingNameGazetteer(corpora: readonly NamedCorpus[], use: (corpus: number, sentence: number) => boolean): GazetteerData {
  const types = new Map<string, Set<string>>();
  corpora.forEach((corpus, c) => {
    corpus.sentences.forEach((s, i) => {
      if (!use(c, i)) return;
      for (const span of spansOf(s.tags)) {
        const name = s.tokens.slice(span.start, span.end).join(" ");
        let set = types.get(name);
        if (!set) types.set(name, (set = new Set()));
        set.add(span.type);
      }
    });
  });
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
