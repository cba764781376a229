import type { EntityType, Sentence } from "../types.ts";

/** A possible name mention before overlaps are settled. */
export interface Candidate {
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  type: EntityType;
  /** Provenance: "gazetteer:countries", "ner:perceptron", "rule:event-name"… */
  by: string;
  why: string;
  /** Lower wins when two candidates cover the same tokens. */
  rank: number;
  score: number;
}

/** Ranks of the sources, for equal spans: curated lists, then rules that saw a cue, then the model, then KIND. */
export const RANK = {
  curated: 0,
  cueRule: 1,
  model: 2,
  consistency: 3,
  kind: 4,
  shapeRule: 5,
} as const;

/** A candidate over tokens [from, to) of a sentence, its offsets those of the tokens. */
export function tokenCandidate(
  sentence: Sentence,
  from: number,
  to: number,
  found: Pick<Candidate, "type" | "by" | "why" | "rank" | "score">,
): Candidate {
  const toks = sentence.tokens;
  return { sentence: sentence.index, tokenStart: from, tokenEnd: to, start: toks[from]!.start, end: toks[to - 1]!.end, ...found };
}
