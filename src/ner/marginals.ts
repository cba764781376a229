import { ALLOWED_TRANSITIONS, NER_TAG_COUNT } from "./tags.ts";

// Per-token tag marginals of a linear-chain model, by forward–backward in probability
// space with each step rescaled to sum to 1 (Rabiner's scaling): T² multiplications and T
// exponentials per token, where log-space sums cost T² exponentials. The perceptron's
// scores are not calibrated probabilities: divided by a temperature, they rank confidence.

const T = NER_TAG_COUNT;
const START = T;

export class TagMarginals {
  private alpha = new Float64Array(64 * T);
  private beta = new Float64Array(64 * T);
  private odds = new Float64Array(64 * T);
  private scale = new Float64Array(64);
  private readonly step = new Float64Array((T + 1) * T);
  private stepOf: Float32Array | Float64Array | null = null;
  private stepTemperature = 0;

  constructor(private readonly temperature: number) {}

  /**
   * out[i] = marginal probability of tags[i] at token i, given emission scores
   * (scores[i * T + tag]) and transition weights; the path need not be the best one.
   */
  ofTags(scores: Float64Array, tags: Int8Array, transition: Float32Array | Float64Array, out: Float64Array = new Float64Array(tags.length)): Float64Array {
    const n = tags.length;
    if (n === 0) return out;
    this.ensure(n);
    const step = this.transitionFactors(transition);
    const { alpha, beta, odds } = this;
    const scale = this.scale;
    const temperature = this.temperature;
    for (let i = 0; i < n; i++) {
      const base = i * T;
      let max = -Infinity;
      for (let t = 0; t < T; t++) max = Math.max(max, scores[base + t]!);
      for (let t = 0; t < T; t++) odds[base + t] = Math.exp((scores[base + t]! - max) / temperature);
    }
    let sum = 0;
    for (let t = 0; t < T; t++) sum += alpha[t] = step[START * T + t]! * odds[t]!;
    scale[0] = sum ||= 1;
    for (let t = 0; t < T; t++) alpha[t]! /= sum;
    for (let i = 1; i < n; i++) {
      const base = i * T;
      sum = 0;
      for (let t = 0; t < T; t++) {
        let s = 0;
        for (let p = 0; p < T; p++) s += alpha[base - T + p]! * step[p * T + t]!;
        sum += alpha[base + t] = s * odds[base + t]!;
      }
      scale[i] = sum ||= 1;
      for (let t = 0; t < T; t++) alpha[base + t]! /= sum;
    }
    for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = 1;
    for (let i = n - 2; i >= 0; i--) {
      const base = i * T;
      for (let p = 0; p < T; p++) {
        let s = 0;
        for (let t = 0; t < T; t++) s += step[p * T + t]! * odds[base + T + t]! * beta[base + T + t]!;
        beta[base + p] = s / scale[i + 1]!;
      }
    }
    for (let i = 0; i < n; i++) {
      const k = i * T + tags[i]!;
      const p = alpha[k]! * beta[k]!;
      // A path whose every step underflowed has no mass to share: call it unsure.
      out[i] = Number.isFinite(p) ? p : 0;
    }
    return out;
  }

  /**
   * exp(transition / temperature) on allowed steps, 0 elsewhere; shifted so the largest is
   * 1. Kept for the last transition array seen: a model's weights do not change.
   */
  private transitionFactors(transition: Float32Array | Float64Array): Float64Array {
    if (this.stepOf === transition && this.stepTemperature === this.temperature) return this.step;
    let max = -Infinity;
    for (let k = 0; k < transition.length; k++) if (ALLOWED_TRANSITIONS[k]) max = Math.max(max, transition[k]!);
    for (let k = 0; k < transition.length; k++) this.step[k] = ALLOWED_TRANSITIONS[k] ? Math.exp((transition[k]! - max) / this.temperature) : 0;
    this.stepOf = transition;
    this.stepTemperature = this.temperature;
    return this.step;
  }

  private ensure(n: number): void {
    if (this.alpha.length >= n * T) return;
    const size = 2 * n * T;
    this.alpha = new Float64Array(size);
    this.beta = new Float64Array(size);
    this.odds = new Float64Array(size);
    this.scale = new Float64Array(2 * n);
  }
}
