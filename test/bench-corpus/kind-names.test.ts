import assert from "node:assert/strict";
import { type KindSentence, NamePool, nameSpans, renameArticle } from "../../scripts/kind-names.ts";

// "Ugo/B-PER Ferlini/I-PER parla" → tokens and tags
const tagged = (sentence: string): KindSentence => {
  const words = sentence.split(" ").map((w) => w.split("/") as [string, string?]);
  return { tokens: words.map(([t]) => t), tags: words.map(([, tag = "O"]) => tag) };
};

const POOL = new NamePool(
  [
    "Ada/B-PER Morlacchi/I-PER e/O Bruno/B-PER De/I-PER Santis/I-PER visitano/O Borgoverde/B-LOC",
    "De/B-PER Santis/I-PER e/O Morlacchi/B-PER lasciano/O la/O Valdora/B-ORG Servizi/I-ORG",
    "Carla/B-PER Venturi/I-PER guida/O la/O Pianese/B-ORG a/O Montalto/B-LOC",
  ].map(tagged),
);

const ARTICLE = [
  "Ugo/B-PER Ferlini/I-PER incontra/O la/O Ranieri/B-ORG Trasporti/I-ORG a/O Castelbruno/B-LOC",
  "Ferlini/B-PER ha/O detto/O che/O Castelbruno/B-LOC aspetta/O",
  "Poi/O Ugo/B-PER Ferlini/I-PER è/O ripartito/O",
].map(tagged);

describe("nameSpans", () => {
  const table: Array<[string, Array<[number, number, string]>]> = [
    ["Ugo/B-PER Ferlini/I-PER parla", [[0, 2, "PER"]]],
    ["la/O Valdora/B-ORG Servizi/I-ORG a/O Borgoverde/B-LOC", [[1, 3, "ORG"], [4, 5, "LOC"]]],
    ["Ada/B-PER Bruno/B-PER", [[0, 1, "PER"], [1, 2, "PER"]]],
    ["a/O Borgoverde/I-LOC", [[1, 2, "LOC"]]],
    ["Ada/B-PER Valdora/I-ORG", [[0, 1, "PER"], [1, 2, "ORG"]]],
    ["il/O Festival/B-MISC di/O ieri/O", []],
  ];
  for (const [sentence, spans] of table) {
    it(sentence, () => assert.deepEqual(nameSpans(tagged(sentence)).map((s) => [s.start, s.end, s.type]), spans));
  }
});

describe("NamePool", () => {
  it("takes as surname the longest tail of a full name that the corpus uses alone", () => {
    assert.equal(POOL.surnameStart(["Bruno", "De", "Santis"]), 1);
    assert.equal(POOL.surnameStart(["Ada", "Morlacchi"]), 1);
    assert.equal(POOL.surnameStart(["Carla", "Maria", "Venturi"]), 1, "no tail used alone: all but the first word");
  });
});

describe("renameArticle", () => {
  const names = (sentences: string[][], spansOf: KindSentence[]) =>
    spansOf.flatMap((s, i) => nameSpans(s).map(() => sentences[i]!));

  it("gives the same seed the same text and other seeds other names", () => {
    const once = renameArticle(ARTICLE, POOL, 7);
    assert.deepEqual(renameArticle(ARTICLE, POOL, 7), once);
    const variants = new Set(Array.from({ length: 20 }, (_, seed) => JSON.stringify(renameArticle(ARTICLE, POOL, seed))));
    assert.ok(variants.size > 5, `${variants.size} variants`);
    assert.ok(names(once, ARTICLE).length > 0);
  });

  it("keeps every word that is not a name where it was", () => {
    for (let seed = 0; seed < 30; seed++) {
      const out = renameArticle(ARTICLE, POOL, seed);
      assert.deepEqual(out[1]!.slice(-5), ["ha", "detto", "che", ...out[1]!.slice(-2)]);
      assert.equal(out[1]!.at(-1), "aspetta");
      assert.deepEqual(out[2]!.slice(0, 1), ["Poi"]);
      assert.deepEqual(out[2]!.slice(-2), ["è", "ripartito"]);
    }
  });

  it("renames a name the same way everywhere in the article, and the surname alone follows its person", () => {
    for (let seed = 0; seed < 50; seed++) {
      const [first, second, third] = renameArticle(ARTICLE, POOL, seed);
      const person = first!.slice(0, first!.indexOf("incontra"));
      assert.deepEqual(third!.slice(1, -2), person, `seed ${seed}`);
      const surname = second!.slice(0, second!.indexOf("ha"));
      assert.deepEqual(person.slice(-surname.length), surname, `seed ${seed}: ${person.join(" ")} / ${surname.join(" ")}`);
      const place = first!.slice(first!.lastIndexOf("a") + 1);
      assert.deepEqual(second!.slice(second!.indexOf("che") + 1, -1), place, `seed ${seed}`);
    }
  });

  it("lets a two-word surname used alone follow its person", () => {
    const article = ["Bruno/B-PER De/I-PER Santis/I-PER parte/O", "De/B-PER Santis/I-PER arriva/O"].map(tagged);
    for (let seed = 0; seed < 50; seed++) {
      const [first, second] = renameArticle(article, POOL, seed);
      const person = first!.slice(0, -1);
      const surname = second!.slice(0, -1);
      assert.ok(person.length > surname.length, `seed ${seed}: ${person.join(" ")} / ${surname.join(" ")}`);
      assert.deepEqual(person.slice(-surname.length), surname, `seed ${seed}`);
    }
  });

  it("replaces organisations and places only with names of the same type, and makes new people from the pool's first names and surnames", () => {
    const orgs = new Set(["Ranieri Trasporti", "Valdora Servizi", "Pianese"]);
    const places = new Set(["Castelbruno", "Borgoverde", "Montalto"]);
    const firstNames = new Set(["Ugo", "Ada", "Bruno", "Carla"]);
    const people = new Set<string>();
    for (let seed = 0; seed < 200; seed++) {
      const [first] = renameArticle(ARTICLE, POOL, seed);
      const words = first!.join(" ");
      const [person = "", rest = ""] = words.split(" incontra la ");
      const [org = "", place = ""] = rest.split(" a ");
      assert.ok(orgs.has(org), `${org} is not an organisation`);
      assert.ok(places.has(place), `${place} is not a place`);
      assert.ok(firstNames.has(person.split(" ")[0]!), person);
      people.add(person);
    }
    assert.ok(people.has("Ugo Ferlini"), "some names are kept");
    assert.ok(people.has("Bruno De Santis"), "some are people already in the news");
    assert.ok(people.has("Carla De Santis") || people.has("Ada De Santis") || people.has("Bruno Venturi"), `some are new: ${[...people].join(", ")}`);
  });

  it("changes nothing when every name is kept", () => {
    assert.deepEqual(renameArticle(ARTICLE, POOL, 3, { keep: 1, known: 0 }), ARTICLE.map((s) => s.tokens));
  });
});
