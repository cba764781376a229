import { NER_TAGS } from "./tags.ts";

// Document evidence from the first pass's tags around a token, beyond the tag of each
// neighbour alone (document.ts): the tags two tokens away, the pairs of tags the token
// makes with its neighbours ("B-ORG" then "I-ORG": the name goes on), and for a lower-case
// word next to a name, that word with the name's tag ("nazionale" after an organisation
// is often part of it: "Anagrafe nazionale", "Federazione nazionale"), so the second pass
// can mend names the first pass cut short or ran on.

const T = NER_TAGS.length;
const NAMES = [...NER_TAGS, "<S>"];
const O = NER_TAGS.indexOf("O");
// Keys are built once (see document.ts): index T is the sentence boundary.
const BEFORE_2 = NAMES.map((t) => "pass1-2=" + t);
const AFTER_2 = NAMES.map((t) => "pass1+2=" + t);
const PAIR_BEFORE = NAMES.map((before) => NER_TAGS.map((own) => `pass1-1|0=${before}|${own}`));
const PAIR_AFTER = NER_TAGS.map((own) => NAMES.map((after) => `pass1-0|+1=${own}|${after}`));
const WORD_AFTER_NAME = NER_TAGS.map((t) => `pass1-1|w=${t}|`);
const WORD_BEFORE_NAME = NER_TAGS.map((t) => `pass1+1|w=${t}|`);

function isLowerCase(token: string): boolean {
  return token === token.toLowerCase();
}

/** Adds the keys above to `out[j][i]` for every token i of every sentence j. */
export function addFirstPassContext(sentences: readonly (readonly string[])[], firstPass: readonly Int8Array[], out: Array<Array<string[] | null>>): void {
  for (let j = 0; j < sentences.length; j++) {
    const toks = sentences[j]!;
    const tags = firstPass[j]!;
    const row = out[j]!;
    const n = tags.length;
    for (let i = 0; i < n; i++) {
      const own = tags[i]!;
      const prev = i > 0 ? tags[i - 1]! : T;
      const next = i + 1 < n ? tags[i + 1]! : T;
      const before2 = i > 1 ? tags[i - 2]! : T;
      const after2 = i + 2 < n ? tags[i + 2]! : T;
      // Outside names, with no name around, there is nothing to say (most tokens): no keys.
      if (own === O && prev === O && next === O && before2 === O && after2 === O) continue;
      const keys = (row[i] ??= []);
      if (before2 !== O) keys.push(BEFORE_2[before2]!);
      if (after2 !== O) keys.push(AFTER_2[after2]!);
      if (prev !== O || own !== O) keys.push(PAIR_BEFORE[prev]![own]!);
      if (own !== O || next !== O) keys.push(PAIR_AFTER[own]![next]!);
      const nameBefore = prev !== T && prev !== O;
      const nameAfter = next !== T && next !== O;
      if (!(nameBefore || nameAfter) || !isLowerCase(toks[i]!)) continue;
      if (nameBefore) keys.push(WORD_AFTER_NAME[prev]! + toks[i]!);
      if (nameAfter) keys.push(WORD_BEFORE_NAME[next]! + toks[i]!);
    }
  }
}
