import assert from "node:assert/strict";
import { recognise } from "../../src/ner/recognise.ts";
import { RANK, type Candidate } from "../../src/ner/candidate.ts";
import { cutBeforePeople, givenNamePeople, joinNamedAfterPeople } from "../../src/ner/person-shape.ts";
import { isVerbForm } from "../../src/ner/verb-form.ts";
import { capitalisedRuns } from "../../src/ner/name-rules.ts";
import { isGivenName } from "../../src/nlp/it/gazetteer/given-names.ts";
import type { EntityType } from "../../src/types.ts";
import { docOf } from "../resolve/helpers.ts";

// Every name below is invented. Rules alone (useModel: false) for the end-to-end tables;
// the cutting of tagger spans is tested on hand-made tagger candidates, so the tests say
// what the rules do whatever the trained model does.

function typed(text: string): string[] {
  return recognise(docOf(text), { useModel: false }).map((m) => `${m.text}/${m.type}`);
}

function tagger(text: string, surface: string, type: EntityType): { sentence: ReturnType<typeof docOf>["sentences"][number]; candidate: Candidate } {
  const sentence = docOf(text).sentences[0]!;
  const words = surface.split(" ");
  const at = sentence.tokens.findIndex((_, i) => words.every((w, k) => sentence.tokens[i + k]?.text === w));
  assert.ok(at >= 0, `${surface} in ${text}`);
  const toks = sentence.tokens;
  const end = at + words.length;
  return {
    sentence,
    candidate: { sentence: 0, tokenStart: at, tokenEnd: end, start: toks[at]!.start, end: toks[end - 1]!.end, type, by: "ner:perceptron", why: "test", rank: RANK.model, score: 0.8 },
  };
}

function spans(sentence: ReturnType<typeof docOf>["sentences"][number], cs: readonly Candidate[]): string[] {
  return cs.map((c) => `${sentence.tokens.slice(c.tokenStart, c.tokenEnd).map((t) => t.text).join(" ")}/${c.type}`);
}

describe("given names", () => {
  it("knows given names and double given names, not surnames, places or words", () => {
    for (const w of ["Carlo", "Jean-Philippe", "Marie-Claude", "Marie-Ève", "Tomio", "Élisabeth", "Zoltan"]) assert.ok(isGivenName(w), w);
    for (const w of ["Fontana", "Tremblay-Jean", "Jean-de", "Saint-Denis", "Georgia", "Milan", "carlo", "CARLO", "Santiago", "Presidente"]) assert.ok(!isGivenName(w), w);
  });
});

describe("recognise: people by given name", () => {
  it("reads a given name and surname as a person where no list knows them", () => {
    const table: Array<[string, string]> = [
      ["Ieri Marie-Claude Gagnard ha criticato la decisione.", "Marie-Claude Gagnard/PERSON"],
      ["La ministra Tomio Okabashi ha visitato la fabbrica.", "Tomio Okabashi/PERSON"],
      ["Ha risposto Carlo Alberto Fenzani in serata.", "Carlo Alberto Fenzani/PERSON"],
      ["Lo ha detto Jean-Philippe McArdle ai giornalisti.", "Jean-Philippe McArdle/PERSON"],
      ["Ha votato anche Lai Ching-wen ieri.", "Lai Ching-wen/PERSON"],
    ];
    for (const [text, expected] of table) assert.ok(typed(text).includes(expected), `${text}: ${typed(text).join(", ")}`);
  });

  it("splits a listed place from the person right after it", () => {
    assert.deepEqual(typed("Il presidente del Portogallo Carlo Fenzani è arrivato."), ["Portogallo/GPE", "Carlo Fenzani/PERSON"]);
    assert.deepEqual(typed("Ha parlato il premier della Slovacchia Miroslav Dvorenko."), ["Slovacchia/GPE", "Miroslav Dvorenko/PERSON"]);
  });

  it("ends a ministry at its portfolio when a person follows", () => {
    assert.deepEqual(typed("Il Ministero della Difesa Paolo Ferrandi ha smentito."), ["Ministero della Difesa/ORG", "Paolo Ferrandi/PERSON"]);
    assert.deepEqual(typed("Il Ministero degli Affari Esteri ha smentito."), ["Ministero degli Affari Esteri/ORG"]);
    assert.deepEqual(typed("Il Ministero della Salute Ossam Khaldri ha smentito."), ["Ministero della Salute/ORG", "Ossam Khaldri/PERSON"]);
  });

  it("does not take street names, long names or lone given names for people", () => {
    const table: Array<[string, string]> = [
      ["Il corteo è passato da Piazza Carlo Alberto ieri.", "Carlo Alberto/PERSON"],
      ["Ha parlato con Giorgio ieri sera.", "Giorgio/PERSON"],
      ["Lo ha annunciato Marco Polo Vendite Online ieri.", "Marco Polo/PERSON"],
      ["Ha vinto il Tony Award ieri.", "Tony Award/PERSON"],
      ["Una gita sul Charles River ieri.", "Charles River/PERSON"],
    ];
    for (const [text, absent] of table) assert.ok(!typed(text).includes(absent), `${text}: ${typed(text).join(", ")}`);
  });

  it("finds mid-run people only after a name of its own", () => {
    const s = docOf("Il corteo è passato da Piazza Carlo Alberto ieri.").sentences[0]!;
    assert.deepEqual(givenNamePeople(s, capitalisedRuns(s), []), []);
  });
});

describe("recognise: tagger spans that run on into a person", () => {
  it("cuts the span where the person starts after a listed name or a state body", () => {
    const table: Array<[string, string, EntityType, string[]]> = [
      ["Il portavoce del ministero degli Esteri Mao Lin ha risposto.", "ministero degli Esteri Mao Lin", "ORG", ["ministero degli Esteri/ORG", "Mao Lin/PERSON"]],
      ["Lo ha detto la Commissione europea Pieter Vandenbosch ieri.", "Commissione europea Pieter Vandenbosch", "ORG", ["Commissione europea/ORG", "Pieter Vandenbosch/PERSON"]],
      ["Il portavoce del ministero degli Esteri Ossam Khaldri ha risposto.", "ministero degli Esteri Ossam Khaldri", "ORG", ["ministero degli Esteri/ORG", "Ossam Khaldri/PERSON"]],
      ["Il presidente della Regione Lombardia Attilio Brenzi ha parlato.", "Regione Lombardia Attilio Brenzi", "ORG", ["Regione Lombardia/ORG", "Attilio Brenzi/PERSON"]],
      ["Lo dice il ministero degli Affari Esteri Ossam Khaldri ieri.", "ministero degli Affari Esteri Ossam Khaldri", "ORG", ["ministero degli Affari Esteri/ORG", "Ossam Khaldri/PERSON"]],
    ];
    for (const [text, surface, type, expected] of table) {
      const { sentence, candidate } = tagger(text, surface, type);
      assert.deepEqual(spans(sentence, cutBeforePeople(sentence, [candidate])), expected, text);
    }
  });

  it("cuts after a listed place only, not after any capitalised word", () => {
    const listed = tagger("Il presidente del Portogallo Carlo Fenzani è arrivato.", "Portogallo", "GPE").candidate;
    const { sentence, candidate } = tagger("Il presidente del Portogallo Carlo Fenzani è arrivato.", "Portogallo Carlo Fenzani", "GPE");
    const cut = cutBeforePeople(sentence, [{ ...listed, rank: RANK.curated }, candidate]);
    assert.deepEqual(spans(sentence, cut), ["Portogallo/GPE", "Portogallo/GPE", "Carlo Fenzani/PERSON"]);
  });

  it("keeps names built on a person whole", () => {
    const table: Array<[string, string, EntityType]> = [
      ["Il convegno si terrà alla Fondazione Giorgio Brenzi a Venezia.", "Fondazione Giorgio Brenzi", "ORG"],
      ["Il corteo è passato da Piazza Carlo Alberto ieri.", "Piazza Carlo Alberto", "LOC"],
      ["Il ricoverato è all'Ospedale Luigi Sarnelli da ieri.", "Ospedale Luigi Sarnelli", "ORG"],
      ["Lo ha confermato il Ministero degli Affari Esteri ieri.", "Ministero degli Affari Esteri", "ORG"],
      ["Lo ha confermato il Ministero dello Sviluppo Economico ieri.", "Ministero dello Sviluppo Economico", "ORG"],
    ];
    for (const [text, surface, type] of table) {
      const { sentence, candidate } = tagger(text, surface, type);
      assert.deepEqual(spans(sentence, cutBeforePeople(sentence, [candidate])), [`${surface}/${type}`], text);
    }
  });
});

describe("recognise: companies by cue noun and last word", () => {
  it("reads two capitalised words after a company cue or before a legal form as an organisation", () => {
    const table: Array<[string, string]> = [
      ["Il contratto è andato alla ditta Ferlini Marmi ieri.", "Ferlini Marmi/ORG"],
      ["Il costruttore Morandi Veicoli ha annunciato investimenti.", "Morandi Veicoli/ORG"],
      ["L'operatore Telenova Lario ha chiuso in utile.", "Telenova Lario/ORG"],
      ["Il colosso Zhenhai Energy ha firmato ieri.", "Zhenhai Energy/ORG"],
      ["Ha firmato anche Rossetti Impianti S.p.A. ieri.", "Rossetti Impianti S.p.A./ORG"],
      ["Ha firmato anche Bassani Costruzioni ieri.", "Bassani Costruzioni/ORG"],
      ["Al bando parteciperà Ferrandi Group con altri.", "Ferrandi Group/ORG"],
      ["Il progetto è di Stefano Brenzi Architetti da anni.", "Stefano Brenzi Architetti/ORG"],
      ["Lo stabilimento delle Acciaierie Valtorre ha chiuso.", "Acciaierie Valtorre/ORG"],
      ["Il treno delle Ferrovie Brenzane è in ritardo.", "Ferrovie Brenzane/ORG"],
    ];
    for (const [text, expected] of table) assert.ok(typed(text).includes(expected), `${text}: ${typed(text).join(", ")}`);
  });

  it("does not make companies of people or of a lone trade word", () => {
    const table: Array<[string, string]> = [
      ["Ha parlato l'operatore umanitario Carlo Fenzani ieri.", "Carlo Fenzani/ORG"],
      ["Il settore Energia cresce.", "Energia/ORG"],
      ["Le Ferrovie hanno scioperato.", "Ferrovie/ORG"],
      ["Ha parlato il ministro dei Trasporti Matteo Brenzi ieri.", "Trasporti Matteo Brenzi/ORG"],
      ["Ha parlato Cantieri Matteo Brenzi ieri.", "Cantieri Matteo Brenzi/ORG"],
      ["Ha risposto Laura Bertelli, analista.", "Laura Bertelli/ORG"],
    ];
    for (const [text, absent] of table) assert.ok(!typed(text).includes(absent), `${text}: ${typed(text).join(", ")}`);
  });
});

describe("recognise: places and bodies named after a person", () => {
  it("joins a capitalised head noun and the person after it into one name of the head's type", () => {
    const table: Array<[string, string, string[]]> = [
      ["Il corteo è passato da Piazza Carlo Fenzani ieri.", "Carlo Fenzani", ["Piazza Carlo Fenzani/LOC"]],
      ["Il convegno è alla Fondazione Giorgio Brenzi di Torino.", "Giorgio Brenzi", ["Fondazione Giorgio Brenzi/ORG"]],
      ["Ricoverato all'Ospedale Luigi Sarnelli da ieri.", "Luigi Sarnelli", ["Ospedale Luigi Sarnelli/ORG"]],
    ];
    for (const [text, person, expected] of table) {
      const { sentence, candidate } = tagger(text, person, "PERSON");
      assert.deepEqual(spans(sentence, joinNamedAfterPeople(sentence, [candidate])), expected, text);
    }
  });

  it("leaves people after lower-case or unrelated words alone", () => {
    const table: Array<[string, string]> = [
      ["Ha parlato in piazza Carlo Fenzani ieri.", "Carlo Fenzani"],
      ["Lo ha detto Marta Carlo Fenzani ieri.", "Carlo Fenzani"],
      ["Ha ringraziato la fondazione Giorgio Brenzi ieri.", "Giorgio Brenzi"],
    ];
    for (const [text, person] of table) {
      const { sentence, candidate } = tagger(text, person, "PERSON");
      assert.deepEqual(spans(sentence, joinNamedAfterPeople(sentence, [candidate])), [`${person}/PERSON`], text);
    }
  });
});

describe("recognise: a name does not end in a verb", () => {
  it("tells finite verbs from the adjectives and participles names end in", () => {
    for (const w of ["ospita", "ha", "annuncia", "incontra", "dice", "ospiterà"]) assert.ok(isVerbForm(w), w);
    for (const w of ["europea", "nazionale", "aperta", "riuniti", "cinese", "armate", "Ospita", "democratico"]) assert.ok(!isVerbForm(w), w);
  });
});
