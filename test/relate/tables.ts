// Test helper: the table loops every relation suite shares, so a table is all a new round
// writes. Rows use the markup of annotate.ts.

import { strict as assert } from "node:assert";
import type { Modality } from "../../src/types.ts";
import { relationsOf, triple } from "./annotate.ts";

/** [sentence, the relation it must yield, and that relation's modality when given] */
export type YieldRow = readonly [sentence: string, relation: string, modality?: Modality];
/** [why, sentence, the relation it must not yield; null: it must yield none at all] */
export type ForbidRow = readonly [why: string, sentence: string, forbidden: string | null];
/** [sentence, relation, the one modality it must be found with] */
export type ModalityRow = readonly [sentence: string, relation: string, modality: Modality];

/** The sentence as a reader sees it, without markup: test titles. */
export function plain(marked: string): string {
  return marked.replace(/\[([^|\]]+)\|[^\]]+\]/g, "$1");
}

/** A test per row: the sentence yields the relation (with its modality when the row gives one). */
export function itYields(rows: readonly YieldRow[]): void {
  for (const [sentence, expected, modality] of rows) {
    it(`${expected}: ${plain(sentence)}`, () => {
      const got = relationsOf(sentence);
      const hit = got.find((r) => triple(r) === expected);
      assert.ok(hit, `expected ${expected}, got ${JSON.stringify(got.map(triple))}`);
      if (modality) assert.equal(hit.modality, modality);
    });
  }
}

/** A test per row: the sentence does not yield the relation named (or any, for null). */
export function itForbids(rows: readonly ForbidRow[]): void {
  for (const [why, sentence, forbidden] of rows) {
    it(`not: ${why}: ${plain(sentence)}`, () => {
      const got = relationsOf(sentence).map(triple);
      if (forbidden === null) assert.deepEqual(got, []);
      else assert.ok(!got.includes(forbidden), `must not yield ${forbidden}, got ${JSON.stringify(got)}`);
    });
  }
}

/** A test per row: the relation is found exactly once, with this modality. */
export function itReadsModality(rows: readonly ModalityRow[]): void {
  for (const [sentence, relation, modality] of rows) {
    it(`${modality}: ${plain(sentence)}`, () => {
      const all = relationsOf(sentence);
      const got = all.filter((r) => triple(r) === relation);
      assert.ok(got.length, `no ${relation} in ${JSON.stringify(all.map(triple))}`);
      assert.deepEqual(got.map((r) => r.modality), [modality]);
    });
  }
}
