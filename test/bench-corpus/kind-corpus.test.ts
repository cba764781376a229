import assert from "node:assert/strict";
import { articleText, detokenise, groupArticles } from "../../scripts/kind-corpus.ts";

const split = (sentence: string) => sentence.split(" ");
const untagged = (sentence: string) => ({ tokens: split(sentence), tags: split(sentence).map(() => "O") });
const text = (sentences: Array<{ tokens: string[] }>) => sentences.map((s) => detokenise(s.tokens)).join(" ");

describe("detokenise", () => {
  const table: Array<[string, string]> = [
    ["Il ministro Ettore Varani , ieri , è partito .", "Il ministro Ettore Varani, ieri, è partito."],
    ["l' incontro dell' anno all' aperto", "l'incontro dell'anno all'aperto"],
    ["ha detto : « Non cederemo ! »", "ha detto: «Non cederemo!»"],
    ["la sede ( a Borgoverde ) è chiusa ?", "la sede (a Borgoverde) è chiusa?"],
    ['il cosiddetto " patto di Valdora " è saltato', 'il cosiddetto "patto di Valdora" è saltato'],
    ["crescita del 3 % ; poi calo", "crescita del 3%; poi calo"],
    ["quest' ultima , un' altra", "quest'ultima, un'altra"],
  ];
  for (const [tokens, text] of table) {
    it(`${JSON.stringify(tokens)} → ${JSON.stringify(text)}`, () => assert.equal(detokenise(split(tokens)), text));
  }
  it("keeps spaces around dashes and between words", () => {
    assert.equal(detokenise(split("Valdora - Borgoverde 2 - 1")), "Valdora - Borgoverde 2 - 1");
  });
});

describe("groupArticles", () => {
  const stream = [
    "Il sindaco Ugo Ferlini inaugura il ponte di Borgoverde",
    "Il sindaco di Borgoverde , Ugo Ferlini , ha inaugurato ieri il nuovo ponte .",
    "Alla cerimonia erano presenti molti cittadini .",
    "Tabella dei lavori",
    "Il costo finale è stato di due milioni .",
    "Calcio :",
    "il Valdora batte la Pianese",
    "Il Valdora ha battuto la Pianese per tre a uno .",
  ].map(untagged);

  it("starts an article at each headline whose words recur in the lead", () => {
    const articles = groupArticles(stream);
    assert.deepEqual(
      articles.map((a) => text(a.title)),
      ["Il sindaco Ugo Ferlini inaugura il ponte di Borgoverde", "Calcio: il Valdora batte la Pianese"],
    );
    assert.equal(articles[0]!.sentences.length, 4);
    assert.equal(articles[1]!.sentences.length, 1);
  });

  it("keeps an unpunctuated line that shares no word with what follows inside the article", () => {
    const articles = groupArticles(stream);
    assert.ok(articles[0]!.sentences.some((s) => text([s]) === "Tabella dei lavori"));
  });

  it("writes a date marker, the headline and paragraphs", () => {
    const text = articleText({ id: "x", date: "2011-05-02", title: "Titolo", sentences: ["Uno.", "Due."] });
    assert.equal(text, "date 2011-05-02\n\nTitolo\n\nUno. Due.\n");
  });
});
