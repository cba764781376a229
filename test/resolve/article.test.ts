import assert from "node:assert/strict";
import type { EntityType } from "../../src/types.ts";
import { findRolePhrases, resolveArticle } from "../../src/extract/resolve/index.ts";
import { recognise } from "../../src/ner/recognise.ts";
import { docOf, namesIn } from "./helpers.ts";

function resolve(text: string, names: Array<[string, EntityType]>) {
  const doc = docOf(text);
  return resolveArticle(doc, namesIn(doc, names));
}

function entityOf(r: ReturnType<typeof resolve>, surface: string, nth = 0): string | undefined {
  return r.mentions.filter((m) => m.text === surface)[nth]?.entity;
}

describe("resolveArticle: people", () => {
  it("joins spellings and transliterations of one name", () => {
    const table: string[][] = [
      ["Bohdan Kravetskyj", "Bohdan Kravetsky", "Bohdan Kravetskyy"],
      ["Dmitrij Sokolenko", "Dmitry Sokolenko", "Dmitri Sokolenko"],
      ["Pak Sun-hee", "Pak Sun Hee"],
      ["Sergej Volgin", "Sergei Volgin", "Sergey Volgin"],
      ["Arkady Shoygin", "Arkady Shoigin", "Arkadij Šojgin"],
      ["Yevgeny Prigozhev", "Evgenij Prigožev"],
      ["Mikhail Khodarev", "Michail Hodarev"],
    ];
    for (const forms of table) {
      const text = forms.map((f, i) => `${i === 0 ? "Ieri" : "Poi"} ${f} ha parlato.`).join(" ");
      const r = resolve(text, forms.map((f) => [f, "PERSON"]));
      const people = r.entities.filter((e) => e.type === "PERSON");
      assert.equal(people.length, 1, `${forms.join(" / ")}: ${people.map((p) => p.id).join(", ")}`);
      assert.deepEqual(new Set(people[0]!.aliases), new Set(forms));
    }
  });

  it("joins a surname to the only person who carries it, and says so", () => {
    const r = resolve("Ieri Ottavio Brunelleschi ha parlato. Poi Brunelleschi ha smentito.", [
      ["Ottavio Brunelleschi", "PERSON"],
      ["Brunelleschi", "PERSON"],
    ]);
    assert.equal(entityOf(r, "Brunelleschi"), "ottavio-brunelleschi");
    const e = r.entities.find((x) => x.id === "ottavio-brunelleschi")!;
    assert.equal(e.name, "Ottavio Brunelleschi");
    const m = r.mentions.find((x) => x.text === "Brunelleschi")!;
    assert.match(m.provenance.map((p) => p.why).join(" "), /the only Brunelleschi in this article/);
  });

  it("joins the end of a name with particles to the one full name it ends", () => {
    const r = resolve("Ieri Ilse von der Brückmann ha parlato. Poi von der Brückmann ha smentito.", [
      ["Ilse von der Brückmann", "PERSON"],
      ["von der Brückmann", "PERSON"],
    ]);
    assert.equal(entityOf(r, "von der Brückmann"), "ilse-von-der-bruckmann");
  });

  it("ignores initials and generational suffixes", () => {
    const r = resolve("Ieri Arvid T. Lindqvist Jr. ha parlato. Poi Arvid Lindqvist e Lindqvist hanno smentito.", [
      ["Arvid T. Lindqvist Jr.", "PERSON"],
      ["Arvid Lindqvist", "PERSON"],
      ["Lindqvist", "PERSON"],
    ]);
    assert.equal(r.mentions.length, 3);
    assert.equal(new Set(r.mentions.map((m) => m.entity)).size, 1);
  });

  it("joins a nickname given with 'detto' to the full name", () => {
    const r = resolve("Ieri Amir Hassan Dablo, detto Zorro, ha parlato. Poi Zorro ha smentito.", [
      ["Amir Hassan Dablo", "PERSON"],
      ["Zorro", "PERSON"],
    ]);
    assert.equal(new Set(r.mentions.map((m) => m.entity)).size, 1);
  });

  it("joins a Korean family name written first", () => {
    const r = resolve("Ieri Ri Chol-ung ha parlato. Poi Ri ha smentito.", [
      ["Ri Chol-ung", "PERSON"],
      ["Ri", "PERSON"],
    ]);
    assert.equal(entityOf(r, "Ri"), entityOf(r, "Ri Chol-ung"));
  });

  it("keeps a person's id apart from a listed place of the same name", () => {
    const r = resolve("Ieri Georgia ha cantato a Tbilisi, in Georgia.", [
      ["Georgia", "PERSON"],
      ["Tbilisi", "GPE"],
    ]);
    assert.equal(r.mentions[0]!.entity, "georgia-person");
  });

  it("never merges two people who share a surname", () => {
    const r = resolve("Mario Rossetti e Maria Rossetti hanno parlato. Poi Rossetti ha smentito.", [
      ["Mario Rossetti", "PERSON"],
      ["Maria Rossetti", "PERSON"],
      ["Rossetti", "PERSON"],
    ]);
    const ids = new Set([entityOf(r, "Mario Rossetti"), entityOf(r, "Maria Rossetti"), entityOf(r, "Rossetti")]);
    assert.equal(ids.size, 3);
    const m = r.mentions.find((x) => x.text === "Rossetti")!;
    assert.match(m.provenance.map((p) => p.why).join(" "), /kept apart/);
  });
});

describe("resolveArticle: places, states and organisations", () => {
  it("reads a capital as its state when it acts and as the city when it is a place", () => {
    const r = resolve("Mosca chiede aiuto. Il ministro Ivo Dranić è arrivato a Mosca ieri.", [
      ["Mosca", "GPE"],
      ["Ivo Dranić", "PERSON"],
    ]);
    const [actor, place] = r.mentions.filter((m) => m.text === "Mosca");
    assert.equal(actor!.entity, "russia");
    assert.equal(actor!.actor, "russia");
    assert.equal(place!.entity, "moscow");
    assert.equal(place!.actor, "russia");
    assert.equal(r.entities.find((e) => e.id === "russia")?.name, "Russia");
    assert.ok(r.entities.find((e) => e.id === "russia")!.aliases.includes("Mosca"));
  });

  it("reads Bruxelles acting as the European Union", () => {
    const r = resolve("Bruxelles chiede chiarimenti.", [["Bruxelles", "GPE"]]);
    assert.deepEqual(r.entities.map((e) => [e.id, e.type]), [["european-union", "ORG"]]);
  });

  it("reads a capital after giving as the receiving state", () => {
    const table: Array<[string, string]> = [
      ["Ha ribadito il sostegno a Kiev.", "ukraine"],
      ["Avrebbe fornito missili a Mosca.", "russia"],
      ["Il ministro è volato a Kiev.", "kyiv"],
      ["Ha invitato il generale a Kiev.", "kyiv"],
      ["Parla il sindaco di Kiev.", "kyiv"],
      ["Ha ricevuto aiuti, poi è tornato a Kiev.", "kyiv"],
    ];
    for (const [text, id] of table) {
      const name = text.includes("Kiev") ? "Kiev" : "Mosca";
      const r = resolve(text, [[name, "GPE"]]);
      assert.equal(r.mentions[0]!.entity, id, text);
    }
  });

  it("reads a capital opening a dateline as the place", () => {
    const r = resolve("Pechino, 12 marzo. Pechino ha protestato.", [["Pechino", "GPE"]]);
    assert.deepEqual(r.mentions.filter((m) => m.text === "Pechino").map((m) => m.entity), ["beijing", "china"]);
    const dash = resolve("PECHINO - Il governo ha protestato.", [["PECHINO", "GPE"]]);
    assert.deepEqual(dash.mentions.map((m) => m.entity), ["beijing"]);
  });

  it("keeps seats of power as organisations that act for their state", () => {
    const r = resolve("Il Cremlino ha risposto alla Casa Bianca.", [
      ["Cremlino", "ORG"],
      ["Casa Bianca", "ORG"],
    ]);
    const kremlin = r.mentions.find((m) => m.text === "Cremlino")!;
    assert.equal(kremlin.entity, "kremlin");
    assert.equal(kremlin.actor, "russia");
    assert.equal(r.mentions.find((m) => m.text === "Casa Bianca")!.actor, "united-states");
    assert.ok(r.entities.some((e) => e.id === "russia" && e.type === "GPE"));
  });

  it("turns nationality words into mentions of the state, except inside a name", () => {
    const r = resolve("I soldati nordcoreani sono a Vladivostok, nell'Estremo Oriente russo. Il conflitto russo-ucraino continua.", [
      ["Vladivostok", "GPE"],
      ["Estremo Oriente russo", "LOC"],
    ]);
    const demonyms = r.mentions.filter((m) => m.kind === "demonym").map((m) => [m.text, m.entity]);
    assert.deepEqual(demonyms, [
      ["nordcoreani", "north-korea"],
      ["russo", "russia"],
      ["ucraino", "ukraine"],
    ]);
    assert.equal(r.entities.find((e) => e.id === "north-korea")?.name, "Corea del Nord");
  });

  it("reads a state body named by nationality as the state acting", () => {
    const doc = docOf("Il governo tedesco ha risposto.");
    const names = namesIn(doc, [["governo tedesco", "ORG"]]).map((m) => ({ ...m, provenance: [{ by: "rule:institution", why: "test" }] }));
    const r = resolveArticle(doc, names);
    assert.deepEqual(r.entities.map((e) => [e.id, e.type, e.aliases]), [["germany", "GPE", ["governo tedesco"]]]);
    assert.equal(r.mentions[0]!.actor, "germany");
  });

  it("reads a nationality taken for a name as the state", () => {
    const r = resolve("I Russi hanno votato.", [["Russi", "LOC"]]);
    assert.deepEqual(r.mentions.map((m) => [m.text, m.kind, m.entity]), [["Russi", "demonym", "russia"]]);
    const name = resolve("L'Argentina ha votato.", [["Argentina", "GPE"]]);
    assert.deepEqual(name.mentions.map((m) => [m.text, m.kind, m.entity]), [["Argentina", "name", "argentina"]]);
  });

  it("gives one id to one unlisted name and uses the fullest form", () => {
    const r = resolve("La Nordvik Analytics ha pubblicato immagini. Nordvik Analytics smentisce.", [["Nordvik Analytics", "ORG"]]);
    assert.deepEqual(r.entities.map((e) => [e.id, e.name, e.mentions.length]), [["nordvik-analytics", "Nordvik Analytics", 2]]);
  });

  it("reads a short form in brackets as the name it follows, wherever it recurs", () => {
    const r = resolve("L'Istituto valdostano di geologia (Ivg) ha pubblicato i dati. Secondo l'Ivg il rischio cresce.", [
      ["Istituto valdostano di geologia", "ORG"],
      ["Ivg", "ORG"],
    ]);
    assert.deepEqual(r.entities.map((e) => [e.id, e.aliases]), [["istituto-valdostano-di-geologia", ["Istituto valdostano di geologia", "Ivg"]]]);
    const unrecognised = resolve("Il Centro nordico di studi artici (CNSA) ha parlato.", [["Centro nordico di studi artici", "ORG"]]);
    assert.deepEqual(unrecognised.entities[0]!.aliases, ["Centro nordico di studi artici", "CNSA"]);
    const foreign = resolve("Il partito Prawo Wolne (PrW) ha vinto.", [["Prawo Wolne", "ORG"]]);
    assert.deepEqual(foreign.entities[0]!.aliases, ["Prawo Wolne", "PrW"], "an acronym in capitals after an organisation");
    const unrelated = resolve("L'Istituto valdostano di geologia (Nasa) ha parlato.", [["Istituto valdostano di geologia", "ORG"]]);
    assert.deepEqual(unrelated.entities[0]!.aliases, ["Istituto valdostano di geologia"], "a short form must start like the name");
    const place = resolve("La grotta di Varnoquel (Valdoria) è aperta.", [["Varnoquel", "GPE"], ["Valdoria", "GPE"]]);
    assert.equal(place.entities.length, 2, "a place in brackets is not a short form");
  });

  it("reads the first word of a longer name as that name", () => {
    const r = resolve("Nella Piana di Valdoria si combatte. La Piana resta isolata.", [["Piana di Valdoria", "LOC"], ["Piana", "LOC"]]);
    assert.deepEqual(r.entities.map((e) => [e.id, e.aliases]), [["piana-di-valdoria", ["Piana di Valdoria", "Piana"]]]);
  });

  it("makes no entity of a name that cannot be told apart", () => {
    const r = resolve("Aiuti alimentari a una Corea allo stremo.", [["Corea", "GPE"]]);
    assert.deepEqual(r.entities, []);
  });
});

describe("resolveArticle: role phrases", () => {
  it("reads a role phrase as the one person the article gives that role", () => {
    const text = "Il ministro della Difesa russo, Oleg Varnakin, è arrivato. Più tardi il ministro della Difesa russo ha parlato.";
    const r = resolve(text, [["Oleg Varnakin", "PERSON"]]);
    const roles = r.mentions.filter((m) => m.kind === "role");
    assert.deepEqual(roles.map((m) => [m.text, m.entity]), [
      ["Il ministro della Difesa russo", "oleg-varnakin"],
      ["il ministro della Difesa russo", "oleg-varnakin"],
    ]);
    assert.ok(r.entities.find((e) => e.id === "oleg-varnakin")!.aliases.includes("il ministro della Difesa russo"));
  });

  it("finds the holder before the title in an apposition", () => {
    const r = resolve("Tomasz Wielgus, ex ambasciatore del Regno Unito, ha parlato.", [
      ["Tomasz Wielgus", "PERSON"],
      ["Regno Unito", "GPE"],
    ]);
    const role = r.mentions.find((m) => m.kind === "role")!;
    assert.equal(role.entity, "tomasz-wielgus");
    assert.equal(role.text, "ex ambasciatore");
  });

  it("reads a role phrase opening a sentence as the only person named just before", () => {
    const r = resolve("Ieri è intervenuto Ivo Dranić. Il presidente eletto della Croazia ha detto di sì.", [
      ["Ivo Dranić", "PERSON"],
      ["Croazia", "GPE"],
    ]);
    assert.deepEqual(r.mentions.filter((m) => m.kind === "role").map((m) => [m.text, m.entity]), [["Il presidente eletto", "ivo-dranic"]]);
    const two = resolve("Ivo Dranić e Pavel Grinko sono intervenuti. Il presidente eletto della Croazia ha detto di sì.", [
      ["Ivo Dranić", "PERSON"],
      ["Pavel Grinko", "PERSON"],
      ["Croazia", "GPE"],
    ]);
    assert.deepEqual(two.mentions.filter((m) => m.kind === "role"), []);
    const other = resolve("Il leader del Fronte, Ivo Dranić, ha parlato. Il ministro della Difesa croato ha risposto.", [
      ["Fronte", "ORG"],
      ["Ivo Dranić", "PERSON"],
    ]);
    assert.deepEqual(other.mentions.filter((m) => m.kind === "role").map((m) => m.text), ["Il leader"], "a person with another role is someone else");
  });

  it("names no one when the role has no holder or two", () => {
    const none = resolve("Il ministro degli Esteri russo ha accolto Ivo Dranić.", [["Ivo Dranić", "PERSON"]]);
    assert.deepEqual(none.mentions.filter((m) => m.kind === "role"), []);
    const two = resolve(
      "Il presidente russo Ivan Petrovsky ha parlato. Il presidente russo Pavel Grinko ha risposto. Il presidente russo tace.",
      [
        ["Ivan Petrovsky", "PERSON"],
        ["Pavel Grinko", "PERSON"],
      ],
    );
    const roles = two.mentions.filter((m) => m.kind === "role");
    assert.equal(roles.length, 2, "only the phrases next to a name");
  });
});

describe("findRolePhrases", () => {
  it("gives a spokesman without qualifier the one seat of power named before him", () => {
    const doc = docOf("La reazione del Cremlino è stata immediata, con il portavoce Oleg Varnakin. Secondo la Yonhap, il portavoce Ivo Dranić tace.");
    const r = resolveArticle(doc, namesIn(doc, [["Cremlino", "ORG"], ["Oleg Varnakin", "PERSON"], ["Yonhap", "ORG"], ["Ivo Dranić", "PERSON"]]));
    assert.deepEqual(findRolePhrases(doc, r.mentions).map((p) => [p.holder?.text, p.of]), [["Oleg Varnakin", "kremlin"], ["Ivo Dranić", undefined]]);
  });

  it("gives a bare Italian government title held by an Italian-shaped name to Italy", () => {
    const table: Array<[string, string, string | undefined]> = [
      ["Il ministro dell'Interno Matteo Brunacci è partito.", "Matteo Brunacci", "italy"],
      ["Il presidente della Repubblica Sergio Valdoni ha parlato.", "Sergio Valdoni", "italy"],
      ["Il ministro degli Esteri Sergei Volgin ha parlato.", "Sergei Volgin", undefined],
      ["Il segretario di Stato Marco Bellini ha parlato.", "Marco Bellini", "united-states"],
      ["Il presidente Mario Bellini ha parlato.", "Mario Bellini", undefined],
      ["Assente il presidente brasiliano, c'era il ministro degli Esteri Mauro Bellini.", "Mauro Bellini", "brazil"],
      ["La prima ministra Sanae Okawa ha parlato.", "Sanae Okawa", undefined],
      ["Il ministro dell'Agricoltura Franco Lollini ha parlato.", "Franco Lollini", "italy"],
      ["Il segretario al Tesoro Scott Bensen ha parlato.", "Scott Bensen", "united-states"],
      ["Il segretario di Stato vaticano Piero Parodi ha parlato.", "Piero Parodi", "vatican-city"],
    ];
    for (const [text, name, of] of table) {
      const doc = docOf(text);
      const r = resolveArticle(doc, namesIn(doc, [[name, "PERSON"]]));
      assert.equal(findRolePhrases(doc, r.mentions)[0]?.of, of, text);
    }
  });

  it("shares the holder of an apposed role phrase and finds a counterpart's nationality", () => {
    const doc = docOf("Il capo dell'esercito croato, il generale Ivo Dranić, ha parlato con il suo omologo sloveno Jure Kastelic.");
    const r = resolveArticle(doc, recognise(doc, { useModel: false }));
    assert.deepEqual(
      findRolePhrases(doc, r.mentions).map((p) => [p.title, p.holder?.text, p.of]),
      [
        ["capo", "Ivo Dranić", "croatia"],
        ["generale", "Ivo Dranić", undefined],
        ["omologo", "Jure Kastelic", "slovenia"],
      ],
    );
  });

  it("reads title, what it is of, the holder and former roles", () => {
    const text = "Il portavoce del Consiglio di sicurezza nazionale, Ettore Balzani, ha parlato. Tomasz Wielgus, ex ambasciatore del Regno Unito, tace.";
    const doc = docOf(text);
    const names = namesIn(doc, [
      ["Consiglio di sicurezza nazionale", "ORG"],
      ["Ettore Balzani", "PERSON"],
      ["Tomasz Wielgus", "PERSON"],
      ["Regno Unito", "GPE"],
    ]);
    const r = resolveArticle(doc, names);
    const phrases = findRolePhrases(doc, r.mentions);
    assert.deepEqual(
      phrases.map((p) => [p.title, p.of, p.holder?.entity, p.former]),
      [
        ["portavoce", "nsc", "ettore-balzani", false],
        ["ambasciatore", "united-kingdom", "tomasz-wielgus", true],
      ],
    );
  });
});
