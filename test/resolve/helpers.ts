import assert from "node:assert/strict";
import type { Article, Doc, EntityType, Mention } from "../../src/types.ts";
import { analyse } from "../../src/nlp/it/index.ts";
import { findRolePhrases, resolveArticle } from "../../src/extract/resolve/index.ts";

export function docOf(text: string, id = "test"): Doc {
  const article: Article = { id, source: `${id}.txt`, text, masked: [], encoding: "utf-8", hash: "" };
  return analyse(article);
}

/**
 * Name mentions as a recogniser would give them: every whole-token occurrence of each
 * listed name, longest names first, not overlapping. Keeps resolution tests independent
 * of the tagger.
 */
export function namesIn(doc: Doc, names: Array<[string, EntityType]>): Mention[] {
  const out: Mention[] = [];
  const sorted = [...names].sort((a, b) => b[0].length - a[0].length);
  for (const sentence of doc.sentences) {
    for (const [name, type] of sorted) {
      let from = 0;
      for (;;) {
        const at = sentence.text.indexOf(name, from);
        if (at < 0) break;
        from = at + name.length;
        const start = sentence.start + at;
        const end = start + name.length;
        const first = sentence.tokens.findIndex((t) => t.start === start);
        const last = sentence.tokens.findIndex((t) => t.end === end);
        if (first < 0 || last < 0) continue;
        if (out.some((m) => m.start < end && start < m.end)) continue;
        out.push({
          start,
          end,
          text: name,
          type,
          kind: "name",
          sentence: sentence.index,
          tokenStart: first,
          tokenEnd: last + 1,
          provenance: [{ by: "test", why: "listed by the test" }],
        });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The names a test lists in its text, with their types. */
export type Names = Array<[string, EntityType]>;

/** Role phrases of a text whose names are given, after resolution (as the pipeline runs them). */
export function phrasesOf(text: string, names: Names) {
  const doc = docOf(text);
  const r = resolveArticle(doc, namesIn(doc, names));
  return findRolePhrases(doc, r.mentions);
}

/** A row that must give a role: [sentence, names in it, holder, what the role is of]. */
export type FoundRow = [text: string, names: Names, holder: string, of: string];
/** A row that must not: [why, sentence, names, holder, the role's `of` it must not get (undefined: none at all)]. */
export type NotFoundRow = [why: string, text: string, names: Names, holder: string, of: string | undefined];

/** Asserts that some role phrase of the text gives `holder` a role of `of`. */
export function assertRoleFound(text: string, names: Names, holder: string, of: string): void {
  const got = phrasesOf(text, names).map((p) => [p.holder?.text, p.of]);
  assert.ok(got.some(([h, o]) => h === holder && o === of), JSON.stringify(got));
}

/** Asserts that no role phrase gives `holder` a role of `of` (of anything, when `of` is undefined). */
export function assertNoRole(text: string, names: Names, holder: string, of: string | undefined): void {
  const got = phrasesOf(text, names).filter((p) => p.holder?.text === holder);
  if (of === undefined) assert.ok(got.every((p) => p.of === undefined), JSON.stringify(got.map((p) => p.of)));
  else assert.ok(!got.some((p) => p.of === of), JSON.stringify(got.map((p) => p.of)));
}

/** A mocha suite of a test per row: each found row must give its role, each not-found row must not. */
export function describeRoleTables(title: string, found: FoundRow[], notFound: NotFoundRow[]): void {
  describe(title, () => {
    for (const [text, names, holder, of] of found) {
      it(`${holder} → ${of}: ${text}`, () => assertRoleFound(text, names, holder, of));
    }
    for (const [why, text, names, holder, of] of notFound) {
      it(`not: ${why}`, () => assertNoRole(text, names, holder, of));
    }
  });
}
