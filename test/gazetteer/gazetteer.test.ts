import assert from "node:assert/strict";
import { countryId, gazetteer, namePieces } from "../../src/nlp/it/gazetteer/index.ts";
import { demonymCountry, inflections } from "../../src/nlp/it/lexicon/demonyms.ts";
import { findRoles, matchRole } from "../../src/nlp/it/lexicon/roles.ts";

function lookup(name: string) {
  const pieces = namePieces(name);
  const full = gazetteer()
    .matchesAt(pieces, 0)
    .find(([end]) => end === pieces.length);
  return full ? [...full[1]].sort((a, b) => a.rank - b.rank)[0]?.entry : undefined;
}

describe("gazetteer", () => {
  it("gives countries English-slug ids whatever the language of the name", () => {
    const table: Array<[string, string]> = [
      ["Corea del Nord", "north-korea"],
      ["Nord Corea", "north-korea"],
      ["North Korea", "north-korea"],
      ["Stati Uniti", "united-states"],
      ["Stati Uniti d'America", "united-states"],
      ["Regno Unito", "united-kingdom"],
      ["Gran Bretagna", "united-kingdom"],
      ["Arabia Saudita", "saudi-arabia"],
      ["Federazione Russa", "russia"],
      ["Ucraina", "ukraine"],
      ["Vaticano", "vatican-city"],
    ];
    for (const [name, id] of table) assert.equal(lookup(name)?.id, id, name);
    assert.equal(lookup("Corea del Nord")?.name, "Corea del Nord");
    assert.equal(lookup("USA")?.name, "Stati Uniti");
  });

  it("keeps acronyms to text written in capitals", () => {
    assert.equal(lookup("RPDC")?.acronym, true);
    assert.equal(lookup("RPDC")?.id, "north-korea");
    assert.equal(countryId("us"), "united-states");
  });

  it("knows capitals with their Italian exonyms and the state they stand for", () => {
    const table: Array<[string, string, string]> = [
      ["Mosca", "moscow", "russia"],
      ["Pechino", "beijing", "china"],
      ["Seul", "seoul", "south-korea"],
      ["Seoul", "seoul", "south-korea"],
      ["Kiev", "kyiv", "ukraine"],
      ["Kyiv", "kyiv", "ukraine"],
      ["Londra", "london", "united-kingdom"],
      ["Bruxelles", "brussels", "european-union"],
    ];
    for (const [name, id, state] of table) {
      const e = lookup(name);
      assert.equal(e?.id, id, name);
      assert.equal(e?.standsFor, state, name);
      assert.equal(e?.type, "GPE");
    }
    assert.equal(lookup("Bruxelles")?.country, "belgium", "it still lies in Belgium");
    assert.equal(lookup("Vladivostok")?.capital, undefined, "not a capital");
    assert.equal(lookup("Vladivostok")?.country, "russia");
  });

  it("splits governed regions (GPE) from places without a government (LOC)", () => {
    assert.equal(lookup("Arizona")?.type, "GPE");
    assert.equal(lookup("Mar Nero")?.type, "LOC");
    assert.equal(lookup("Medio Oriente")?.type, "LOC");
    assert.equal(lookup("Nordafrica")?.id, "north-africa");
    assert.equal(lookup("Estremo Oriente russo")?.id, "russian-far-east");
  });

  it("lists seats of power as organisations that stand for their state", () => {
    for (const [name, state] of [["Cremlino", "russia"], ["Casa Bianca", "united-states"], ["Palazzo Chigi", "italy"], ["Downing Street", "united-kingdom"]]) {
      const e = lookup(name!);
      assert.equal(e?.type, "ORG", name);
      assert.equal(e?.standsFor, state, name);
    }
  });

  it("knows news outlets with their country, and KIND's organisations", () => {
    assert.equal(lookup("Yonhap")?.country, "south-korea");
    assert.equal(lookup("Tass")?.country, "russia");
    assert.equal(lookup("New York Times")?.id, "new-york-times");
    assert.equal(lookup("The New York Times")?.id, "new-york-times");
    assert.equal(lookup("Intel Corporation")?.source, "kind-orgs");
    assert.equal(lookup("Circa"), undefined, "a common word is not kept from KIND's list");
  });

  it("knows recurring events under their Italian and English names", () => {
    for (const name of ["Eastern Economic Forum", "Forum economico orientale", "Forum economico dell'Oriente"]) {
      assert.equal(lookup(name)?.id, "eastern-economic-forum", name);
      assert.equal(lookup(name)?.type, "EVENT", name);
    }
  });

  it("prefers the longest listed name", () => {
    const pieces = namePieces("il New York Times scrive");
    const ends = gazetteer().matchesAt(pieces, 1).map(([end]) => end);
    assert.deepEqual(ends, [3, 4]);
  });
});

describe("demonyms", () => {
  it("inflects the four forms and maps them to the state", () => {
    const table: Array<[string, string[]]> = [
      ["nordcoreano", ["nordcoreano", "nordcoreana", "nordcoreani", "nordcoreane"]],
      ["statunitense", ["statunitense", "statunitensi"]],
      ["tedesco", ["tedesco", "tedesca", "tedeschi", "tedesche"]],
      ["greco:greci", ["greco", "greca", "greci", "greche"]],
      ["vietnamita", ["vietnamita", "vietnamiti", "vietnamite"]],
      ["belga", ["belga", "belgi", "belghe"]],
    ];
    for (const [base, forms] of table) assert.deepEqual(inflections(base), forms, base);
    const states: Array<[string, string]> = [
      ["nordcoreani", "north-korea"],
      ["sudcoreana", "south-korea"],
      ["russe", "russia"],
      ["ucraini", "ukraine"],
      ["americano", "united-states"],
      ["cinese", "china"],
      ["britannici", "united-kingdom"],
      ["Russi", "russia"],
    ];
    for (const [word, state] of states) assert.equal(demonymCountry(word), state, word);
  });

  it("does not read other words as nationalities", () => {
    for (const word of ["europeo", "asiatico", "coreano", "russia", "cina", "presidente"]) assert.equal(demonymCountry(word), undefined, word);
  });
});

describe("role titles", () => {
  it("matches the longest title and knows former roles", () => {
    const toks = (s: string) => s.split(" ");
    const table: Array<[string, number, string, boolean]> = [
      ["il ministro degli Esteri russo", 1, "ministro degli Esteri", false],
      ["il vice ministro degli Esteri", 1, "vice ministro degli Esteri", false],
      ["l' ex ambasciatore del Regno Unito", 2, "ambasciatore", true],
      ["l' allora presidente degli Stati Uniti", 2, "presidente", true],
      ["il ministro dell' Interno", 1, "ministro dell'Interno", false],
      ["il consigliere per la sicurezza nazionale", 1, "consigliere per la sicurezza nazionale", false],
    ];
    for (const [sentence, at, title, former] of table) {
      const m = matchRole(toks(sentence), at);
      assert.equal(m?.title, title, sentence);
      assert.equal(m?.former, former, sentence);
    }
    assert.equal(matchRole(toks("il presidente nordcoreano"), 1)?.family, matchRole(toks("il leader nordcoreano"), 1)?.family);
    assert.equal(matchRole(toks("il dittatore nordcoreano"), 1), undefined, "a characterisation, not an office");
  });

  it("finds no title in sentences without one", () => {
    for (const s of ["la guerra in Ucraina continua", "il treno blindato parte domani", "presidenza di turno"]) {
      assert.deepEqual(findRoles(s.split(" ")), [], s);
    }
  });
});
