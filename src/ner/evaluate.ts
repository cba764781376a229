import { spansOf } from "./tags.ts";

// Entity-level scoring the CoNLL way: a span counts only when type and both ends match.

export interface PrfCounts {
  gold: number;
  predicted: number;
  correct: number;
}

export interface SpanScores {
  overall: PrfCounts;
  byType: Record<string, PrfCounts>;
}

export function emptyScores(): SpanScores {
  return { overall: { gold: 0, predicted: 0, correct: 0 }, byType: {} };
}

/** Adds one sentence's gold and predicted tags to `scores`. */
export function addSentence(scores: SpanScores, gold: readonly string[], predicted: readonly string[]): void {
  const g = spansOf(gold);
  const p = spansOf(predicted);
  const key = (s: { start: number; end: number; type: string }) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(g.map(key));
  const bump = (type: string, field: keyof PrfCounts) => {
    scores.overall[field]++;
    const t = (scores.byType[type] ??= { gold: 0, predicted: 0, correct: 0 });
    t[field]++;
  };
  for (const s of g) bump(s.type, "gold");
  for (const s of p) {
    bump(s.type, "predicted");
    if (goldKeys.has(key(s))) bump(s.type, "correct");
  }
}

export function f1(c: PrfCounts): number {
  const p = c.predicted ? c.correct / c.predicted : 0;
  const r = c.gold ? c.correct / c.gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** "F1 0.812 (PER 0.880 ORG 0.690 LOC 0.800)" */
export function formatScores(s: SpanScores): string {
  const types = Object.keys(s.byType).sort();
  return `F1 ${f1(s.overall).toFixed(4)} (${types.map((t) => `${t} ${f1(s.byType[t]!).toFixed(3)}`).join(" ")})`;
}
