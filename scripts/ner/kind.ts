import { join } from "node:path";
import { readConll } from "../../src/ner/conll.ts";
import type { NamedCorpus } from "../../src/ner/train.ts";
import { KIND_DIR } from "../shared-path.ts";

// The KIND splits as training corpora. Only train and dev splits exist here; the
// Wikinews test split is the project's held-out benchmark.

export { KIND_DIR };
export const KIND_DOMAINS = ["WN", "FIC", "ADG"] as const;

export function readKindSplit(dir: string, domain: string, split: "train" | "dev"): NamedCorpus {
  const sentences = readConll(join(dir, `${domain}_${split}.tsv`)).map((s) => ({ tokens: s.tokens, tags: s.tags }));
  return { name: domain, sentences };
}
