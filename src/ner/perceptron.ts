import { ALLOWED_TRANSITIONS, NER_TAG_COUNT } from "./tags.ts";
import type { SentenceFeatures } from "./features.ts";
import { seededRandom } from "../random.ts";

// A linear-chain tagger: emission weights per (feature, tag), transition weights per
// (previous tag, tag), Viterbi decoding restricted to valid BIO paths. Trained as an
// averaged structured perceptron (Collins 2002).

const T = NER_TAG_COUNT;
const START = T;
const NEG = -1e30;

export class LinearChainWeights {
  constructor(
    /** weights[feature * T + tag] */
    readonly emission: Float32Array,
    /** transition[prev * T + tag]; prev = T is the sentence start. */
    readonly transition: Float32Array,
  ) {}

  static empty(features: number): LinearChainWeights {
    return new LinearChainWeights(new Float32Array(features * T), new Float32Array((T + 1) * T));
  }

  get featureCount(): number {
    return this.emission.length / T;
  }
}

/** scores[i * T + tag] = sum of the emission weights of token i's features. */
export function emissionScores(weights: Float32Array | Float64Array, sf: SentenceFeatures, scores: Float64Array): void {
  const { offsets, ids, length } = sf;
  scores.fill(0, 0, length * T);
  for (let i = 0; i < length; i++) {
    const base = i * T;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
      const w = ids[k]! * T;
      s0 += weights[w]!;
      s1 += weights[w + 1]!;
      s2 += weights[w + 2]!;
      s3 += weights[w + 3]!;
      s4 += weights[w + 4]!;
      s5 += weights[w + 5]!;
      s6 += weights[w + 6]!;
    }
    scores[base] = s0;
    scores[base + 1] = s1;
    scores[base + 2] = s2;
    scores[base + 3] = s3;
    scores[base + 4] = s4;
    scores[base + 5] = s5;
    scores[base + 6] = s6;
  }
}

/** Reusable buffers so decoding a sentence allocates nothing but its result. */
export class Decoder {
  private scores = new Float64Array(256 * T);
  private best = new Float64Array(256 * T);
  private back = new Int8Array(256 * T);

  private ensure(n: number): void {
    if (this.scores.length >= n * T) return;
    const size = Math.max(n, this.scores.length / T * 2) * T;
    this.scores = new Float64Array(size);
    this.best = new Float64Array(size);
    this.back = new Int8Array(size);
  }

  /**
   * The decoder's own score buffer, room for n tokens: scores filled in here and decoded
   * with decodeScores() are also what marginals() reads.
   */
  scoreBuffer(n: number): Float64Array {
    this.ensure(n);
    return this.scores;
  }

  /** The highest-scoring valid BIO tag sequence, as tag indices. */
  decode(
    emission: Float32Array | Float64Array,
    transition: Float32Array | Float64Array,
    sf: SentenceFeatures,
    out: Int8Array = new Int8Array(sf.length),
    costAugment?: { gold: Int8Array; margin: number },
  ): Int8Array {
    const n = sf.length;
    if (n === 0) return out;
    this.ensure(n);
    emissionScores(emission, sf, this.scores);
    if (costAugment) {
      // Loss-augmented decoding: every wrong tag gets a head start, so training keeps
      // updating until the gold path wins by a margin (a large-margin perceptron).
      const { gold, margin } = costAugment;
      for (let i = 0; i < n; i++) for (let t = 0; t < T; t++) if (t !== gold[i]) this.scores[i * T + t]! += margin;
    }
    return this.viterbi(this.scores, n, transition, out);
  }

  /** The best valid path over emission scores computed elsewhere (scores[i * T + tag]). */
  decodeScores(scores: Float64Array, n: number, transition: Float32Array | Float64Array, out: Int8Array = new Int8Array(n)): Int8Array {
    if (n === 0) return out;
    this.ensure(n);
    return this.viterbi(scores, n, transition, out);
  }

  private viterbi(scores: Float64Array, n: number, transition: Float32Array | Float64Array, out: Int8Array): Int8Array {
    const { best, back } = this;
    for (let t = 0; t < T; t++) {
      best[t] = ALLOWED_TRANSITIONS[START * T + t] ? scores[t]! + transition[START * T + t]! : NEG;
    }
    for (let i = 1; i < n; i++) {
      const base = i * T;
      const prevBase = base - T;
      for (let t = 0; t < T; t++) {
        let bestScore = NEG;
        let bestPrev = 0;
        for (let p = 0; p < T; p++) {
          if (!ALLOWED_TRANSITIONS[p * T + t]) continue;
          const s = best[prevBase + p]! + transition[p * T + t]!;
          if (s > bestScore) {
            bestScore = s;
            bestPrev = p;
          }
        }
        best[base + t] = bestScore + scores[base + t]!;
        back[base + t] = bestPrev;
      }
    }
    let tag = 0;
    const lastBase = (n - 1) * T;
    for (let t = 1; t < T; t++) if (best[lastBase + t]! > best[lastBase + tag]!) tag = t;
    for (let i = n - 1; i >= 0; i--) {
      out[i] = tag;
      tag = back[i * T + tag]!;
    }
    return out;
  }

  /**
   * Per-token marginal probability of each tag, from the last decoded sentence's scores
   * read as a CRF's log-potentials (forward–backward over the valid paths). The
   * perceptron's scores are not calibrated probabilities, so this is a confidence rank.
   */
  marginals(n: number, transition: Float32Array | Float64Array, temperature: number): Float64Array {
    const { scores } = this;
    const alpha = new Float64Array(n * T);
    const beta = new Float64Array(n * T);
    const s = (i: number, t: number) => scores[i * T + t]! / temperature;
    const tr = (p: number, t: number) => (ALLOWED_TRANSITIONS[p * T + t] ? transition[p * T + t]! / temperature : NEG);
    for (let t = 0; t < T; t++) alpha[t] = tr(START, t) + s(0, t);
    for (let i = 1; i < n; i++) {
      for (let t = 0; t < T; t++) {
        alpha[i * T + t] = logSumExp(T, (p) => alpha[(i - 1) * T + p]! + tr(p, t)) + s(i, t);
      }
    }
    for (let i = n - 2; i >= 0; i--) {
      for (let p = 0; p < T; p++) {
        beta[i * T + p] = logSumExp(T, (t) => tr(p, t) + s(i + 1, t) + beta[(i + 1) * T + t]!);
      }
    }
    const z = logSumExp(T, (t) => alpha[(n - 1) * T + t]!);
    const out = new Float64Array(n * T);
    for (let k = 0; k < n * T; k++) out[k] = Math.exp(alpha[k]! + beta[k]! - z);
    return out;
  }
}

function logSumExp(count: number, term: (k: number) => number): number {
  let max = NEG;
  for (let k = 0; k < count; k++) max = Math.max(max, term(k));
  if (max <= NEG) return NEG;
  let sum = 0;
  for (let k = 0; k < count; k++) sum += Math.exp(term(k) - max);
  return max + Math.log(sum);
}

export interface TrainingExample {
  features: SentenceFeatures;
  /** Gold tag indices. */
  gold: Int8Array;
  /** Size of this sentence's updates (corpora we care more about weigh more). */
  weight: number;
}

export interface PerceptronSettings {
  epochs: number;
  /** Head start of wrong tags in training decoding (0 = the plain perceptron). */
  margin: number;
  /** Seed of the per-epoch shuffle, so training is reproducible. */
  seed: number;
}

/**
 * Averaged structured perceptron. `onEpoch` receives the averaged weights after each
 * epoch (for picking the epoch count on held-out data); returning the final weights.
 */
export function trainPerceptron(
  examples: readonly TrainingExample[],
  featureCount: number,
  settings: PerceptronSettings,
  onEpoch?: (epoch: number, averaged: LinearChainWeights) => void,
): LinearChainWeights {
  const em = new Float64Array(featureCount * T);
  const emAcc = new Float64Array(featureCount * T);
  const tr = new Float64Array((T + 1) * T);
  const trAcc = new Float64Array((T + 1) * T);
  const decoder = new Decoder();
  const order = examples.map((_, i) => i);
  const random = seededRandom(settings.seed);
  let c = 1;
  let pred = new Int8Array(256);
  let result = LinearChainWeights.empty(featureCount);

  const updateEmission = (sf: SentenceFeatures, i: number, tag: number, d: number) => {
    for (let k = sf.offsets[i]!, end = sf.offsets[i + 1]!; k < end; k++) {
      const w = sf.ids[k]! * T + tag;
      em[w]! += d;
      emAcc[w]! += c * d;
    }
  };
  const updateTransition = (p: number, t: number, d: number) => {
    tr[p * T + t]! += d;
    trAcc[p * T + t]! += c * d;
  };

  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    shuffle(order, random);
    for (const idx of order) {
      const ex = examples[idx]!;
      const n = ex.features.length;
      if (pred.length < n) pred = new Int8Array(n * 2);
      decoder.decode(em, tr, ex.features, pred, settings.margin > 0 ? { gold: ex.gold, margin: settings.margin * ex.weight } : undefined);
      const gold = ex.gold;
      const d = ex.weight;
      for (let i = 0; i < n; i++) {
        const g = gold[i]!, p = pred[i]!;
        if (g !== p) {
          updateEmission(ex.features, i, g, d);
          updateEmission(ex.features, i, p, -d);
        }
        const gp = i === 0 ? START : gold[i - 1]!;
        const pp = i === 0 ? START : pred[i - 1]!;
        if (g !== p || gp !== pp) {
          updateTransition(gp, g, d);
          updateTransition(pp, p, -d);
        }
      }
      c++;
    }
    result = averaged(em, emAcc, tr, trAcc, c);
    onEpoch?.(epoch, result);
  }
  return result;
}

function averaged(em: Float64Array, emAcc: Float64Array, tr: Float64Array, trAcc: Float64Array, c: number): LinearChainWeights {
  const emission = new Float32Array(em.length);
  for (let k = 0; k < em.length; k++) emission[k] = em[k]! - emAcc[k]! / c;
  const transition = new Float32Array(tr.length);
  for (let k = 0; k < tr.length; k++) transition[k] = tr[k]! - trAcc[k]! / c;
  return new LinearChainWeights(emission, transition);
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = order[i]!;
    order[i] = order[j]!;
    order[j] = tmp;
  }
}

