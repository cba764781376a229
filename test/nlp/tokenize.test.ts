import assert from "node:assert/strict";
import { tokenize } from "../../src/nlp/it/tokenize.ts";

// Invented names and places throughout: the tokeniser must work from the rules, not from
// the seeds' wording.

function forms(text: string): string[] {
  return tokenize(text).map((t) => text.slice(t.start, t.end));
}

describe("nlp/it tokenize", () => {
  const cases: Array<[string, string, string[]]> = [
    ["elision with a straight apostrophe", "l'Ucraina", ["l'", "Ucraina"]],
    ["elision with a typographic apostrophe", "dell’Estonia", ["dell’", "Estonia"]],
    ["elided prepositions", "all'ONU nell'Artico sull'isola quest'anno un'altra", ["all'", "ONU", "nell'", "Artico", "sull'", "isola", "quest'", "anno", "un'", "altra"]],
    ["elision before a number", "l'11 settembre e dell'80", ["l'", "11", "settembre", "e", "dell'", "80"]],
    ["elision before a quote", "dell'«Eco» e l' Aja", ["dell'", "«", "Eco", "»", "e", "l'", "Aja"]],
    ["omission in a quotation", "disse [...] e poi (…) basta", ["disse", "[...]", "e", "poi", "(…)", "basta"]],
    ["dotted title with a suffix", "il D.r Fabbri", ["il", "D.r", "Fabbri"]],
    ["capitalised elision", "L’Aja e D'Aversa", ["L’", "Aja", "e", "D'", "Aversa"]],
    ["apostrophe inside a name", "O'Donnell visita Donec'k", ["O'Donnell", "visita", "Donec'k"]],
    ["truncation keeps its apostrophe", "un po' di tempo", ["un", "po'", "di", "tempo"]],
    ["closing single quote is its own token", "la ‘tregua’ finì", ["la", "‘", "tregua", "’", "finì"]],
    ["guillemets and curly quotes", "«Basta» e “mai”", ["«", "Basta", "»", "e", "“", "mai", "”"]],
    ["straight double quotes", 'disse "no".', ["disse", '"', "no", '"', "."]],
    ["thousands with a dot", "circa 1.250 soldati", ["circa", "1.250", "soldati"]],
    ["thousands with an apostrophe", "10'500 euro", ["10'500", "euro"]],
    ["decimal comma and percent", "il 3,7% dei voti", ["il", "3,7", "%", "dei", "voti"]],
    ["slashed date", "il 04/11/2031 a Borgoalto", ["il", "04/11/2031", "a", "Borgoalto"]],
    ["time of day", "alle 14:45.", ["alle", "14:45", "."]],
    ["ordinal degree sign", "il 1° maggio e il 2º turno", ["il", "1°", "maggio", "e", "il", "2º", "turno"]],
    ["number then comma then space", "1, 2 e 3", ["1", ",", "2", "e", "3"]],
    ["number at sentence end", "erano 3.000.", ["erano", "3.000", "."]],
    ["hyphenated name", "Pak Sung-min arrivò", ["Pak", "Sung-min", "arrivò"]],
    ["hyphenated words and codes", "il centro-destra e il virus XR-12", ["il", "centro-destra", "e", "il", "virus", "XR-12"]],
    ["spaced dash is a token", "Vessoria – disse – no", ["Vessoria", "–", "disse", "–", "no"]],
    ["title abbreviations", "il Sig. Brambilla e la Dott.ssa Pennisi", ["il", "Sig.", "Brambilla", "e", "la", "Dott.ssa", "Pennisi"]],
    ["dotted company suffix", "la Ferroviaria S.p.A. di Borgoalto", ["la", "Ferroviaria", "S.p.A.", "di", "Borgoalto"]],
    ["dotted country", "negli U.S.A. e in U.K.", ["negli", "U.S.A.", "e", "in", "U.K."]],
    ["reference abbreviations", "ad es. il n. 4 a pag. 12 ecc.", ["ad", "es.", "il", "n.", "4", "a", "pag.", "12", "ecc."]],
    ["initial", "Mara T. Olivetti", ["Mara", "T.", "Olivetti"]],
    ["ordinary word before a dot", "a Borgoalto.", ["a", "Borgoalto", "."]],
    ["URL", "vedi https://esempio.it/a?b=1, poi", ["vedi", "https://esempio.it/a?b=1", ",", "poi"]],
    ["www address", "su www.esempio-notizie.it.", ["su", "www.esempio-notizie.it", "."]],
    ["e-mail", "scrivere a ufficio.stampa@esempio.it.", ["scrivere", "a", "ufficio.stampa@esempio.it", "."]],
    ["ellipsis", "e poi... niente…", ["e", "poi", "...", "niente", "…"]],
    ["decade", "gli anni '80", ["gli", "anni", "'80"]],
    ["brackets", "(Fonte: Agenzia Velox)", ["(", "Fonte", ":", "Agenzia", "Velox", ")"]],
    ["non-breaking and thin spaces", "a\u00a0Borgoalto\u2009oggi", ["a", "Borgoalto", "oggi"]],
    ["soft hyphens and joiners stay inside the word", "a Vla\u00ADdi\u00ADvo\u00ADstok oggi", ["a", "Vla\u00ADdi\u00ADvo\u00ADstok", "oggi"]],
    ["letters outside the BMP", "𝐀𝐁 e 😀!", ["𝐀𝐁", "e", "😀", "!"]],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(forms(text), expected));
  }

  it("offsets index the text and every non-space character is in a token", () => {
    const text = "  «Il Sig. Rossi, dell’ENI, ha detto: 1.100 unità (3,5%)»\n\nFine.  ";
    const tokens = tokenize(text);
    let covered = "";
    for (const t of tokens) {
      assert.ok(t.start < t.end);
      covered += text.slice(t.start, t.end);
    }
    assert.equal(covered, text.replace(/\s+/g, ""));
    for (let k = 1; k < tokens.length; k++) assert.ok(tokens[k]!.start >= tokens[k - 1]!.end);
  });

  const notJoined: Array<[string, string, string[]]> = [
    ["a closing quote after a word is not elision", "detto ‘basta’ oggi", ["detto", "‘", "basta", "’", "oggi"]],
    ["a word dot word without acronym shape", "Borgoalto.Poi", ["Borgoalto", ".", "Poi"]],
    ["a sentence-final capital word keeps its dot apart", "in Lombardia. Poi", ["in", "Lombardia", ".", "Poi"]],
    ["at-sign without a domain", "ciao @ tutti", ["ciao", "@", "tutti"]],
  ];
  for (const [name, text, expected] of notJoined) {
    it(`does not join: ${name}`, () => assert.deepEqual(forms(text), expected));
  }
});
