import { NER_TAGS } from "./tags.ts";
import type { EvidenceCodes } from "./document.ts";

// Document evidence from the first pass's tags around a token, beyond the tag of each
// neighbour alone (document.ts): the tags two tokens away, the pairs of tags the token
// makes with its neighbours ("B-ORG" then "I-ORG": the name goes on), and for a lower-case
// word next to a name, that word with the name's tag ("nazionale" after an organisation
// is often part of it: "Anagrafe nazionale", "Federazione nazionale"), so the second pass
// can mend names the first pass cut short or ran on.

const T = NER_TAGS.length;
const NAMES = [...NER_TAGS, "<S>"];
const O = NER_TAGS.indexOf("O");
// The keys of tags are numbered (see document.ts): index T is the sentence boundary.
const BEFORE_2 = NAMES.map((t) => "pass1-2=" + t);
const AFTER_2 = NAMES.map((t) => "pass1+2=" + t);
const PAIR_BEFORE = NAMES.flatMap((before) => NER_TAGS.map((own) => `pass1-1|0=${before}|${own}`));
const PAIR_AFTER = NER_TAGS.flatMap((own) => NAMES.map((after) => `pass1-0|+1=${own}|${after}`));
const WORD_AFTER_NAME = NER_TAGS.map((t) => `pass1-1|w=${t}|`);
const WORD_BEFORE_NAME = NER_TAGS.map((t) => `pass1+1|w=${t}|`);

/** The numbered keys, in this order: two before, two after, pair before, pair after. */
export const CONTEXT_KEYS: readonly string[] = [BEFORE_2, AFTER_2, PAIR_BEFORE, PAIR_AFTER].flat();
const AT_BEFORE_2 = 0;
const AT_AFTER_2 = AT_BEFORE_2 + BEFORE_2.length;
const AT_PAIR_BEFORE = AT_AFTER_2 + AFTER_2.length;
const AT_PAIR_AFTER = AT_PAIR_BEFORE + PAIR_BEFORE.length;

function isLowerCase(token: string): boolean {
  return token === token.toLowerCase();
}

/**
 * Adds the keys above to every token of every sentence: the numbered ones from `first`
 * (in CONTEXT_KEYS order), the word keys as text after them.
 */
export function addFirstPassContext(sentences: readonly (readonly string[])[], firstPass: readonly Int8Array[], out: EvidenceCodes, first: number): void {
  for (let j = 0; j < sentences.length; j++) {
    const toks = sentences[j]!;
    const tags = firstPass[j]!;
    const start = out.starts[j]!;
    const n = tags.length;
    for (let i = 0; i < n; i++) {
      const own = tags[i]!;
      const prev = i > 0 ? tags[i - 1]! : T;
      const next = i + 1 < n ? tags[i + 1]! : T;
      const before2 = i > 1 ? tags[i - 2]! : T;
      const after2 = i + 2 < n ? tags[i + 2]! : T;
      // Outside names, with no name around, there is nothing to say (most tokens): no keys.
      if (own === O && prev === O && next === O && before2 === O && after2 === O) continue;
      const k = start + i;
      if (before2 !== O) out.add(k, first + AT_BEFORE_2 + before2);
      if (after2 !== O) out.add(k, first + AT_AFTER_2 + after2);
      if (prev !== O || own !== O) out.add(k, first + AT_PAIR_BEFORE + prev * T + own);
      if (own !== O || next !== O) out.add(k, first + AT_PAIR_AFTER + own * (T + 1) + next);
      const nameBefore = prev !== T && prev !== O;
      const nameAfter = next !== T && next !== O;
      if (!(nameBefore || nameAfter) || !isLowerCase(toks[i]!)) continue;
      if (nameBefore) out.addText(k, WORD_AFTER_NAME[prev]! + toks[i]!);
      if (nameAfter) out.addText(k, WORD_BEFORE_NAME[next]! + toks[i]!);
    }
  }
}
