import { strict as assert } from "node:assert";
import { lemmatise, lemmatiseAmong, verbLemmas, type VerbTense } from "../../src/nlp/it/lemma.ts";

// [form, lemma, tense, person?, number?]
type Row = [string, string, VerbTense, (1 | 2 | 3)?, ("sg" | "pl")?];

const REGULAR: Row[] = [
  ["incontro", "incontrare", "presente", 1, "sg"],
  ["incontriamo", "incontrare", "presente", 1, "pl"],
  ["incontrano", "incontrare", "presente", 3, "pl"],
  ["incontrava", "incontrare", "imperfetto", 3, "sg"],
  ["incontrò", "incontrare", "remoto", 3, "sg"],
  ["incontrarono", "incontrare", "remoto", 3, "pl"],
  ["incontrerà", "incontrare", "futuro", 3, "sg"],
  ["incontreranno", "incontrare", "futuro", 3, "pl"],
  ["incontrerebbe", "incontrare", "condizionale", 3, "sg"],
  ["incontrassero", "incontrare", "congiuntivo-imperfetto", 3, "pl"],
  ["incontrando", "incontrare", "gerundio"],
  ["incontrata", "incontrare", "participio"],
  ["incontrati", "incontrare", "participio"],
  ["cercherà", "cercare", "futuro", 3, "sg"],
  ["cerchiamo", "cercare", "presente", 1, "pl"],
  ["lasceranno", "lasciare", "futuro", 3, "pl"],
  ["inviamo", "inviare", "presente", 1, "pl"],
  ["esortiamo", "esortare", "presente", 1, "pl"],
  ["credevano", "credere", "imperfetto", 3, "pl"],
  ["crederebbero", "credere", "condizionale", 3, "pl"],
  ["ricevette", "ricevere", "remoto", 3, "sg"],
  ["ricevuto", "ricevere", "participio"],
  ["fornisce", "fornire", "presente", 3, "sg"],
  ["forniscono", "fornire", "presente", 3, "pl"],
  ["fornirà", "fornire", "futuro", 3, "sg"],
  ["fornì", "fornire", "remoto", 3, "sg"],
  ["fornite", "fornire", "participio"],
  ["partirono", "partire", "remoto", 3, "pl"],
  ["colpisca", "colpire", "congiuntivo", 3, "sg"],
];

const IRREGULAR: Row[] = [
  ["sospeso", "sospendere", "participio"],
  ["sospese", "sospendere", "remoto", 3, "sg"],
  ["è", "essere", "presente", 3, "sg"],
  ["sarebbe", "essere", "condizionale", 3, "sg"],
  ["stati", "essere", "participio"],
  ["fosse", "essere", "congiuntivo-imperfetto", 3, "sg"],
  ["hanno", "avere", "presente", 3, "pl"],
  ["avrebbe", "avere", "condizionale", 3, "sg"],
  ["fece", "fare", "remoto", 3, "sg"],
  ["fatto", "fare", "participio"],
  ["disse", "dire", "remoto", 3, "sg"],
  ["detto", "dire", "participio"],
  ["vanno", "andare", "presente", 3, "pl"],
  ["andrà", "andare", "futuro", 3, "sg"],
  ["verrà", "venire", "futuro", 3, "sg"],
  ["intervenuto", "intervenire", "participio"],
  ["dovrebbe", "dovere", "condizionale", 3, "sg"],
  ["devono", "dovere", "presente", 3, "pl"],
  ["potrebbero", "potere", "condizionale", 3, "pl"],
  ["può", "potere", "presente", 3, "sg"],
  ["vorrebbe", "volere", "condizionale", 3, "sg"],
  ["chiese", "chiedere", "remoto", 3, "sg"],
  ["chiesto", "chiedere", "participio"],
  ["concluso", "concludere", "participio"],
  ["esclusa", "escludere", "participio"],
  ["promesso", "promettere", "participio"],
  ["presero", "prendere", "remoto", 3, "pl"],
  ["rimasto", "rimanere", "participio"],
  ["sostenuto", "sostenere", "participio"],
  ["sosterrà", "sostenere", "futuro", 3, "sg"],
  ["ottenne", "ottenere", "remoto", 3, "sg"],
  ["impose", "imporre", "remoto", 3, "sg"],
  ["imposte", "imporre", "participio"],
  ["proposto", "proporre", "participio"],
  ["condotto", "condurre", "participio"],
  ["scritto", "scrivere", "participio"],
  ["sottoscritto", "sottoscrivere", "participio"],
  ["convinto", "convincere", "participio"],
  ["accolto", "accogliere", "participio"],
  ["accolse", "accogliere", "remoto", 3, "sg"],
  ["risposto", "rispondere", "participio"],
  ["espresso", "esprimere", "participio"],
  ["compiuto", "compiere", "participio"],
  ["invase", "invadere", "remoto", 3, "sg"],
  ["invaso", "invadere", "participio"],
  ["uccisi", "uccidere", "participio"],
  ["decise", "decidere", "remoto", 3, "sg"],
  ["discusso", "discutere", "participio"],
  ["raggiunto", "raggiungere", "participio"],
];

const CLITICS: Array<[string, string, VerbTense, string[]]> = [
  ["incontrarlo", "incontrare", "infinito", ["lo"]],
  ["recarsi", "recare", "infinito", ["si"]],
  ["inviandogli", "inviare", "gerundio", ["gli"]],
  ["porsi", "porre", "infinito", ["si"]],
  ["condurlo", "condurre", "infinito", ["lo"]],
  ["darglielo", "dare", "infinito", ["glielo"]],
  ["incontrarsi", "incontrare", "infinito", ["si"]],
  ["fornirgliele", "fornire", "infinito", ["gliele"]],
];

function hasAnalysis([form, lemma, tense, person, number]: Row): boolean {
  return lemmatise(form).some(
    (a) => a.lemma === lemma && a.tense === tense && (person === undefined || (a.person === person && a.number === number)),
  );
}

describe("lemmatise (Italian verbs)", () => {
  for (const row of REGULAR)
    it(`regular: ${row[0]} → ${row[1]} (${row.slice(2).join(" ")})`, () => assert.ok(hasAnalysis(row), JSON.stringify(lemmatise(row[0]))));
  for (const row of IRREGULAR)
    it(`irregular: ${row[0]} → ${row[1]} (${row.slice(2).join(" ")})`, () => assert.ok(hasAnalysis(row), JSON.stringify(lemmatise(row[0]))));
  for (const [form, lemma, tense, clitics] of CLITICS)
    it(`clitics: ${form} → ${lemma} + ${clitics.join("+")}`, () =>
      assert.ok(
        lemmatise(form).some((a) => a.lemma === lemma && a.tense === tense && a.clitics?.join("+") === clitics.join("+")),
        JSON.stringify(lemmatise(form)),
      ));

  it("is case-insensitive and reads the typographic apostrophe", () => {
    assert.ok(verbLemmas("Incontrerà").includes("incontrare"));
  });
  it("gives nothing for words that cannot be verbs", () => {
    for (const w of ["la", "Ucraina2", "3.000", "'", "—", "di"]) assert.deepEqual(verbLemmas(w), [], w);
  });
  it("does not read a finite form with clitics attached (only infinitives, gerunds, imperatives, participles take them)", () => {
    assert.ok(!lemmatise("incontrolo").some((a) => a.clitics));
  });
  it("memoises: the same form gives the same array", () => {
    assert.equal(lemmatise("sosterrà"), lemmatise("sosterrà"));
  });
});

describe("lemmatiseAmong (the readings of some verbs only)", () => {
  // Every form of the tables above, read against lexicons of one, two and none of their
  // lemmas and a lemma no form has: the same readings as lemmatise, filtered, in order.
  const forms = [...REGULAR, ...IRREGULAR].map((r) => r[0]).concat(CLITICS.map((c) => c[0]), ["Incontrerà", "l’ha", "parte", "la", "3.000", "ventano"]);
  // Spelling changes at the stem: "lascerò" (lasciare), "cercherò" (cercare), "invii" (inviare).
  // "agerò" is an invented "agiare" whose stem is two letters long; "scio" (sciare) has its only vowel in the "i".
  const respelt = ["lascerò", "mangerà", "cercherò", "paghi", "invii", "lasceranno", "cerchiamo", "agerò", "scio", "scierò"];
  forms.push(...respelt);
  const lexicons = [
    new Set<string>(),
    new Set(["partire"]),
    new Set(["lasciare", "mangiare", "cercare", "pagare", "inviare", "agiare", "sciare"]),
    new Set(["incontrare", "fare", "dare", "avere"]),
    new Set([...REGULAR, ...IRREGULAR].map((r) => r[1])),
  ];
  for (const [k, lemmas] of lexicons.entries())
    it(`reads every table form as lemmatise does, filtered (lexicon ${k + 1} of ${lexicons.length})`, () => {
      for (const form of forms) assert.deepEqual(lemmatiseAmong(form, lemmas), lemmatise(form).filter((a) => lemmas.has(a.lemma)), form);
    });
  it("reads the respelt stems of its lexicon's verbs", () => {
    const lemmas = new Set(["lasciare", "mangiare", "cercare", "pagare", "inviare", "agiare", "sciare"]);
    for (const form of respelt) assert.ok(lemmatiseAmong(form, lemmas).length > 0, form);
  });
  it("must not read a form as a verb outside the lexicon", () => {
    assert.deepEqual(lemmatiseAmong("incontrerà", new Set(["partire"])), []);
    assert.ok(lemmatiseAmong("incontrerà", new Set(["incontrare"])).length > 0);
  });
});
