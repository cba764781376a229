import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { foldPiece, namePieces } from "../../src/nlp/it/gazetteer/index.ts";
import { firstPiece, pushPieces } from "../../src/nlp/it/gazetteer/pieces.ts";

// Pieces are the folded runs of letters and digits (Unicode's L and N): what the regular
// expression below finds. The scanner in pieces.ts must find the same, with offsets.
const RUNS = /[\p{L}\p{N}]+/gu;

function byRegex(text: string): Array<{ piece: string; start: number; end: number }> {
  return [...text.matchAll(RUNS)].map((m) => ({ piece: foldPiece(m[0]), start: m.index, end: m.index + m[0].length }));
}

const CASES: Array<[text: string, pieces: string[]]> = [
  ["Kim Jong-un", ["kim", "jong", "un"]],
  ["U.S.", ["u", "s"]],
  ["l’Aia", ["l", "aia"]],
  ["Città del Vaticano", ["citta", "del", "vaticano"]],
  ["Ünïcödé Straße", ["unicode", "straße"]],
  // A decomposed accent is a mark, not a letter: it ends the piece.
  ["cafe\u0301 Bianchi", ["cafe", "bianchi"]],
  ["F-35 e G7", ["f", "35", "e", "g7"]],
  ["𝒜lpha 𝟙2", ["𝒜lpha", "𝟙2"]],
  ["٣٤ عربي", ["٣٤", "عربي"]],
  ["日本語テキスト", ["日本語テキスト"]],
  ["x\u{1F600}y", ["x", "y"]],
  ["\uD800lone", ["lone"]],
  ["---", []],
  ["", []],
];

describe("name pieces", () => {
  for (const [text, pieces] of CASES) {
    it(`"${text}" → ${JSON.stringify(pieces)}, as the regular expression reads it`, () => {
      assert.deepEqual(namePieces(text), pieces);
      assert.deepEqual(namePieces(text), byRegex(text).map((p) => p.piece));
    });
    it(`firstPiece of "${text}" is ${JSON.stringify(pieces[0])}`, () => assert.equal(firstPiece(text), pieces[0]));
    it(`pushPieces gives the pieces of "${text}" with their offsets`, () => {
      const got = { pieces: ["before"], starts: [0], ends: [0] };
      const count = pushPieces(text, 100, got.pieces, got.starts, got.ends);
      const want = byRegex(text);
      assert.equal(count, want.length);
      assert.deepEqual(got.pieces.slice(1), want.map((p) => p.piece));
      assert.deepEqual(got.starts.slice(1), want.map((p) => 100 + p.start));
      assert.deepEqual(got.ends.slice(1), want.map((p) => 100 + p.end));
    });
  }
  it("reads every name of the KIND organisation list as the regular expression does", () => {
    const lines = readFileSync(new URL("../../src/nlp/it/gazetteer/data/kind-orgs.txt", import.meta.url), "utf8").split("\n");
    for (const line of lines) {
      assert.deepEqual(namePieces(line), byRegex(line).map((p) => p.piece), line);
      assert.equal(firstPiece(line), byRegex(line)[0]?.piece, line);
    }
  });
});
