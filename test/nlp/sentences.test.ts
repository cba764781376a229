import assert from "node:assert/strict";
import { analyse } from "../../src/nlp/it/index.ts";
import type { Article, MaskReason, Span } from "../../src/types.ts";

function article(text: string, masked: Array<Span & { reason: MaskReason }> = []): Article {
  return { id: "t", source: "t", text, masked, encoding: "utf-8", hash: "" };
}

function sentences(text: string, masked: Array<Span & { reason: MaskReason }> = []): string[] {
  return analyse(article(text, masked)).sentences.map((s) => s.text);
}

describe("nlp/it sentences", () => {
  const splits: Array<[string, string, string[]]> = [
    ["full stop before a capital", "Il ministro Falco parte. La visita dura due giorni.", ["Il ministro Falco parte.", "La visita dura due giorni."]],
    ["question and exclamation", "Chi vince? Nessuno! Poi basta.", ["Chi vince?", "Nessuno!", "Poi basta."]],
    ["closing quote stays with its sentence", "«Non cederemo.» Lo ha detto Brenna.", ["«Non cederemo.»", "Lo ha detto Brenna."]],
    ["full stop before an opening quote", "Parla Tosi. «Siamo pronti», dice.", ["Parla Tosi.", "«Siamo pronti», dice."]],
    ["full stop before a number", "Arrivarono in marzo. 3.000 soldati restarono.", ["Arrivarono in marzo.", "3.000 soldati restarono."]],
    ["paragraph break without punctuation", "Primo paragrafo senza punto\n\nSecondo paragrafo.", ["Primo paragrafo senza punto", "Secondo paragrafo."]],
    ["title line without punctuation", "Vessoria accusa Borgalia\nIl governo di Vessoria ha protestato.", ["Vessoria accusa Borgalia", "Il governo di Vessoria ha protestato."]],
    ["one-word subheading", "Fine del primo punto.\nArmamenti\nIl secondo punto.", ["Fine del primo punto.", "Armamenti", "Il secondo punto."]],
    ["line ending in a full stop before lowercase", "Finisce qui.\nsegue un testo minuscolo.", ["Finisce qui.", "segue un testo minuscolo."]],
    ["final abbreviation before a capital", "Portarono armi, viveri ecc. Il giorno dopo partirono.", ["Portarono armi, viveri ecc.", "Il giorno dopo partirono."]],
    ["a quotation that does not close on its line is split", "«Siamo pronti. Partiremo domani\nHa parlato Brenna.", ["«Siamo pronti.", "Partiremo domani", "Ha parlato Brenna."]],
    ["sentences after a closed quotation", "«Pronti», disse Brenna. Poi partì.", ["«Pronti», disse Brenna.", "Poi partì."]],
    ["a URL's dots are not full stops", "Si legge su www.esempio.it/notizie. Ovvio.", ["Si legge su www.esempio.it/notizie.", "Ovvio."]],
    ["ellipsis before a capital", "Aspettavano... Poi arrivò Ruggeri.", ["Aspettavano...", "Poi arrivò Ruggeri."]],
  ];
  for (const [name, text, expected] of splits) {
    it(`splits: ${name}`, () => assert.deepEqual(sentences(text), expected));
  }

  const noSplits: Array<[string, string]> = [
    ["title abbreviation", "Ha parlato il Sig. Brambilla con il Dott. Pennisi ieri."],
    ["initial", "Lo ha confermato Mara T. Olivetti al telefono."],
    ["reference abbreviation before a number", "Lo prevede l'art. 5 del decreto n. 12 a pag. 3 del testo."],
    ["ad es.", "Alcune città, ad es. Borgoalto, protestano."],
    ["decimal and thousands", "Il 3,5% di 1.100 unità è poco."],
    ["lowercase after a full stop", "Lo disse il magg. Fontana e poi il gen. Riva."],
    ["wrapped line ending on a preposition", "Il ministro Falco ha incontrato il collega di\nVessoria nella capitale."],
    ["wrapped line ending on a comma", "Il ministro Falco ha incontrato,\nVenerdì, il collega."],
    ["wrapped line before lowercase", "Il ministro Falco ha incontrato il collega\ndella Vessoria nella capitale."],
    ["no space after the full stop", "Visitò Borgoalto.Poi tornò."],
    ["question inside quotes before lowercase", "«Perché?» chiese Ruggeri."],
    ["quoted speech of two sentences with its attribution", "«Siamo pronti. Partiremo domani», ha detto Brenna."],
    ["curly-quoted speech", "“Non cederemo. Mai!”, ha affermato il ministro Falco."],
  ];
  for (const [name, text] of noSplits) {
    it(`does not split: ${name}`, () => {
      const got = sentences(text);
      assert.equal(got.length, 1, JSON.stringify(got));
    });
  }

  it("in hard-wrapped text a wrap before a name does not split, a short title line does", () => {
    const text = [
      "Falco a Vessoria",
      "",
      "Il ministro degli Esteri della Borgalia ha incontrato ieri il presidente",
      "Ruggeri nella capitale della Vessoria, dove i due hanno discusso a lungo",
      "della cooperazione tra i due paesi e delle prossime tappe del negoziato",
      "Tosi ha poi commentato la visita con i giornalisti presenti alla sede.",
      "Il portavoce del governo della Vessoria ha detto che la visita di Falco",
      "Continuerà domani con un incontro con le autorità locali di Borgoalto.",
      "Seconda parte",
      "Il ministro è poi ripartito in serata verso la capitale della Borgalia.",
    ].join("\n");
    const got = sentences(text);
    assert.ok(got.some((s) => s.includes("presidente\nRuggeri")), JSON.stringify(got));
    assert.ok(got.some((s) => s.includes("di Falco\nContinuerà")), JSON.stringify(got));
    assert.ok(got.includes("Seconda parte"), JSON.stringify(got));
    assert.ok(got.includes("Falco a Vessoria"), JSON.stringify(got));
  });

  it("a masked range is blank and ends a sentence", () => {
    const text = "Prima parte - Pubblicità - seconda parte.";
    const start = text.indexOf("- Pubblicità -");
    const doc = analyse(article(text, [{ start, end: start + "- Pubblicità -".length, reason: "furniture" }]));
    assert.deepEqual(
      doc.sentences.map((s) => s.text),
      ["Prima parte", "seconda parte."],
    );
    for (const s of doc.sentences) for (const t of s.tokens) assert.ok(t.end <= start || t.start >= start + 14);
  });

  it("a date marker at the start is skipped and offsets stay true to the text", () => {
    const text = " date 2031-04 Il ministro Falco parte.";
    const doc = analyse(article(text, [{ start: 1, end: 13, reason: "date-marker" }]));
    assert.equal(doc.sentences.length, 1);
    const first = doc.sentences[0]!.tokens[0]!;
    assert.equal(first.text, "Il");
    assert.equal(text.slice(first.start, first.end), "Il");
  });

  it("sentences and tokens carry indexes and exact slices", () => {
    const text = "Uno due.\n\nTre «quattro».  Cinque!";
    const doc = analyse(article(text));
    doc.sentences.forEach((s, i) => {
      assert.equal(s.index, i);
      assert.equal(s.text, text.slice(s.start, s.end));
      s.tokens.forEach((t, k) => {
        assert.equal(t.index, k);
        assert.equal(t.text, text.slice(t.start, t.end));
      });
    });
    assert.deepEqual(doc.sentences.map((s) => s.text), ["Uno due.", "Tre «quattro».", "Cinque!"]);
  });

  it("empty and blank texts have no sentences", () => {
    assert.deepEqual(sentences(""), []);
    assert.deepEqual(sentences(" \n\n\t "), []);
  });
});
