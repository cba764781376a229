import assert from "node:assert/strict";
import { resolveArticle } from "../../src/extract/resolve/index.ts";
import { docOf, namesIn, type Names } from "./helpers.ts";

// Name spans a tagger ran together, split at the seam the text gives. Invented names.

function namesAfter(text: string, names: Names): string[] {
  const doc = docOf(text);
  return resolveArticle(doc, namesIn(doc, names))
    .mentions.filter((m) => m.kind === "name")
    .map((m) => `${m.text}/${m.type}`);
}

describe("resolveArticle: name spans that swallowed a neighbour", () => {
  const SPLIT: Array<[string, Names, string[]]> = [
    ["Il sindaco di Borgonero Paolo Ferri ha parlato.", [["Borgonero Paolo Ferri", "PERSON"]], ["Borgonero/GPE", "Paolo Ferri/PERSON"]],
    ["L'ha detto il presidente della Valtrebbia Marco Lodi.", [["Valtrebbia Marco Lodi", "PERSON"]], ["Valtrebbia/GPE", "Marco Lodi/PERSON"]],
    ["Howard Lanik è arrivato. Bianchi è stato ricevuto a Washington da Lanik.", [["Howard Lanik", "PERSON"], ["Washington da Lanik", "GPE"], ["Bianchi", "PERSON"]], ["Washington/GPE", "Lanik/PERSON"]],
  ];
  for (const [text, names, expected] of SPLIT) {
    it(`splits ${names.at(-1)![0]}: ${text}`, () => {
      const got = namesAfter(text, names);
      for (const e of expected) assert.ok(got.includes(e), `${e} in ${JSON.stringify(got)}`);
    });
  }

  const KEPT: Array<[string, string, Names]> = [
    ["a person with two given names", "Il ministro di Gian Paolo Ferri ha parlato.", [["Gian Paolo Ferri", "PERSON"]]],
    ["a name not after 'di'", "Borgonero Paolo Ferri ha parlato.", [["Borgonero Paolo Ferri", "PERSON"]]],
    ["a person's particle 'da'", "Luiz Lula da Silva è arrivato.", [["Luiz Lula da Silva", "PERSON"]]],
    ["a place with 'da' but no person of that name", "È arrivato a Washington da Roma.", [["Washington da Roma", "GPE"]]],
  ];
  for (const [why, text, names] of KEPT) {
    it(`keeps ${why}: ${text}`, () => {
      const [name, type] = names.at(-1)!;
      assert.ok(namesAfter(text, names).includes(`${name}/${type}`));
    });
  }
});
