import assert from "node:assert/strict";
import { FeatureExtractor, GrowingIndex } from "../../src/ner/features.ts";
import { buildGazetteer, TokenGazetteer, tokeniseName } from "../../src/ner/gazetteer.ts";
import { shortShape, wordShape } from "../../src/ner/shape.ts";

function keysOf(tokens: string[], clusters = new Map<string, string[]>()) {
  const index = new GrowingIndex();
  const org = { code: "org", labels: ["ORG"], names: ["Fabbrica Tessile Lunardi"], nameLabels: [0] };
  const extractor = new FeatureExtractor({ clusters, wordKeys: new Map([["Cartiera", ["org-head=3"]]]), gazetteers: [{ ...org, gazetteer: buildGazetteer(org) }] }, index);
  const sf = extractor.extract(tokens);
  return tokens.map((_, i) => Array.from(sf.ids.subarray(sf.offsets[i], sf.offsets[i + 1]), (id) => index.keys[id]!));
}

describe("ner features", () => {
  const shapes: Array<[string, string, string]> = [
    ["Brusati", "Xxxxx", "Xx"],
    ["ONU", "XXX", "X"],
    ["G8", "Xd", "Xd"],
    ["2024", "dddd", "d"],
    ["l'", "x'", "x'"],
    ["Valdoria-Est", "Xxxxx-Xxx", "Xx-Xx"],
    ["è", "x", "x"],
  ];
  for (const [word, long, short] of shapes) {
    it(`shapes ${word} as ${long} / ${short}`, () => {
      assert.equal(wordShape(word), long);
      assert.equal(shortShape(word), short);
    });
  }

  it("marks names of each list in a sentence, lists with no name starting there marking nothing", () => {
    const index = new GrowingIndex();
    const list = (code: string, names: string[]) => {
      const data = { code, labels: [code.toUpperCase()], names, nameLabels: names.map(() => 0) };
      return { ...data, gazetteer: buildGazetteer(data) };
    };
    const gazetteers = [list("country", ["Valdoria"]), list("org", ["Fabbrica Tessile Lunardi"]), list("place", ["Pontelungo"])];
    const extractor = new FeatureExtractor({ clusters: new Map(), wordKeys: new Map(), gazetteers }, index);
    const cases: Array<[string[], string[]]> = [
      [["La", "Fabbrica", "Tessile", "Lunardi", "apre", "a", "Pontelungo"], ["", "gorgB=ORG", "gorgI=ORG", "gorgI=ORG", "", "", "gplaceB=PLACE"]],
      [["Valdoria", "e", "Pontelungo"], ["gcountryB=COUNTRY", "", "gplaceB=PLACE"]],
      [["Nessun", "nome", "qui"], ["", "", ""]],
    ];
    for (const [tokens, want] of cases) {
      const sf = extractor.extract(tokens);
      const marks = tokens.map((_, i) => Array.from(sf.ids.subarray(sf.offsets[i], sf.offsets[i + 1]), (id) => index.keys[id]!).filter((k) => /^g[a-z]+[BI]=/.test(k)).join(" "));
      assert.deepEqual(marks, want, tokens.join(" "));
    }
  });

  it("describes a word by its form, affixes and neighbours", () => {
    const keys = keysOf(["Il", "ministro", "Brusati", "parla"]);
    const brusati = keys[2]!;
    for (const k of ["w=brusati", "W=Brusati", "ss=Xx", "p2=br", "s3=ati", "w-1=ministro", "w-2=il", "w+1=parla", "w+2=<s>", "ww-1=ministro|brusati"]) {
      assert.ok(brusati.includes(k), `missing ${k} in ${brusati.join(" ")}`);
    }
    assert.ok(keys[0]!.includes("first-cap"));
    assert.ok(!keys[1]!.some((k) => k.startsWith("W=")), "lower-case words get no exact-form key");
  });

  it("marks gazetteer matches as B then I, longest match only", () => {
    const keys = keysOf(["la", "Fabbrica", "Tessile", "Lunardi", "chiude"]);
    assert.ok(keys[1]!.includes("gorgB=ORG"));
    assert.ok(keys[2]!.includes("gorgI=ORG") && keys[3]!.includes("gorgI=ORG"));
    assert.ok(!keys[0]!.some((k) => k.startsWith("gorg")) && !keys[4]!.some((k) => k.startsWith("gorg")));
  });

  it("does not match a partial gazetteer name", () => {
    const keys = keysOf(["la", "Fabbrica", "Tessile", "chiude"]);
    assert.ok(!keys.flat().some((k) => k.startsWith("gorg")));
  });

  it("describes a name run by the words around it and its first and last words", () => {
    const keys = keysOf(["il", "ministro", "Ada", "Ferlini", "visita", "la", "Cartiera", "di", "Valdoria"]);
    assert.ok(keys[3]!.includes("run-before=ministro") && keys[3]!.includes("run-first=ada") && keys[3]!.includes("run=2E"));
    assert.ok(keys[2]!.includes("run-after=visita") && keys[2]!.includes("run-last=ferlini"));
    // "di" joins "Cartiera" and "Valdoria" into one run.
    assert.ok(keys[7]!.includes("run=3I") && keys[8]!.includes("run-first=cartiera") && keys[6]!.includes("run-last=valdoria"));
    assert.ok(!keys[4]!.some((k) => k.startsWith("run")), "a lower-case word outside names is in no run");
  });

  it("adds the name-list keys of a word", () => {
    const keys = keysOf(["la", "Cartiera", "Ressi"]);
    assert.ok(keys[1]!.includes("org-head=3"));
    assert.ok(!keys[2]!.includes("org-head=3"));
  });

  it("adds cluster keys for clustered words", () => {
    const keys = keysOf(["Brusati", "parla"], new Map([["brusati", ["01", "0110"]]]));
    assert.ok(keys[0]!.includes("c0=01") && keys[0]!.includes("c1=0110"));
    assert.ok(keys[1]!.includes("c0-1=01"), "a neighbour's cluster is a context key");
    assert.ok(keys[1]!.includes("c=none|ss=x"));
  });

  it("prefers the longest of names sharing their first tokens", () => {
    const gaz = new TokenGazetteer();
    gaz.add(["Valdoria"], 0);
    gaz.add(["Valdoria", "Alta"], 1);
    gaz.add(["Valdoria", "Alta", "Val", "Trebbia"], 2);
    const marks = (tokens: string[]) => {
      const out = new Int32Array(tokens.length);
      gaz.match(tokens, out);
      return Array.from(out);
    };
    assert.deepEqual(marks(["a", "Valdoria", "Alta", "Val", "Trebbia"]), [0, 5, 6, 6, 6]);
    assert.deepEqual(marks(["Valdoria", "Alta", "Val"]), [3, 4, 0]);
    assert.deepEqual(marks(["Valdoria", "Bassa", "Valdoria"]), [1, 0, 1]);
    assert.equal(gaz.size, 3);
  });

  // A loaded list must match as the same names added one by one: first label of a name
  // added twice, longest name first, names sharing first tokens kept apart.
  const LIST = {
    names: ["Valdoria", "Valdoria Alta", "Brenna", "Valdoria", "Valdoria Alta Val Trebbia", "Brenna di Sopra", "Valdoria Bassa", "Brenna"],
    labels: [0, 1, 2, 3, 2, 1, 3, 0],
  };
  const SENTENCES = [
    ["a", "Valdoria", "Alta", "Val", "Trebbia"],
    ["Valdoria", "Alta", "Val"],
    ["Brenna", "di", "Sopra", "e", "Valdoria", "Bassa"],
    ["Brenna", "di", "Valdoria"],
    ["Sopra", "Alta", "Trebbia"],
  ];
  for (const tokens of SENTENCES) {
    it(`marks "${tokens.join(" ")}" the same from a loaded list as from names added one by one`, () => {
      const loaded = new TokenGazetteer();
      loaded.load(LIST.names, LIST.labels);
      const added = new TokenGazetteer();
      LIST.names.forEach((name, i) => added.addJoined(name, LIST.labels[i]!));
      const marks = (gaz: TokenGazetteer) => {
        const out = new Int32Array(tokens.length);
        gaz.match(tokens, out);
        return Array.from(out);
      };
      assert.deepEqual(marks(loaded), marks(added));
      assert.ok(marks(loaded).some((m) => m !== 0) || tokens[0] === "Sopra", "the table has matches to compare");
    });
  }

  it("counts and recognises first tokens of a loaded list, adding to it afterwards", () => {
    const gaz = new TokenGazetteer();
    gaz.load(LIST.names, LIST.labels);
    assert.equal(gaz.startsName("Brenna"), true);
    assert.equal(gaz.startsName("Alta"), false);
    assert.equal(gaz.size, 6);
    gaz.addJoined("Brenna di Sotto", 1);
    gaz.addJoined("Lauria", 2);
    assert.equal(gaz.size, 8);
    assert.throws(() => gaz.load(LIST.names, LIST.labels), /empty gazetteer/);
  });

  it("tokenises names the way KIND does", () => {
    assert.deepEqual(tokeniseName("Stati Uniti d'America"), ["Stati", "Uniti", "d'", "America"]);
    assert.deepEqual(tokeniseName("  Costa  d’Avorio "), ["Costa", "d’", "Avorio"]);
  });
});

describe("ner word-class features", () => {
  const classes = new Map([
    ["tornado", ["it20", "en35"]],
    ["public", ["en10"]],
    ["statement", ["en10"]],
    ["council", ["en20"]],
    ["rosa", ["it5"]],
  ]);
  function keysOf(tokens: string[]) {
    const index = new GrowingIndex();
    const extractor = new FeatureExtractor({ clusters: new Map(), wordKeys: new Map(), wordClasses: classes, gazetteers: [] }, index);
    const sf = extractor.extract(tokens);
    return tokens.map((_, i) => Array.from(sf.ids.subarray(sf.offsets[i], sf.offsets[i + 1]), (id) => index.keys[id]!));
  }
  const lexKeys = (keys: string[]) => keys.filter((k) => k.startsWith("lex") || k.startsWith("run-lex")).sort();

  const fires: Array<[string, number, string[]]> = [
    ["arriva il Tornado", 2, ["lex=en35", "lex=it20", "lex|ss=en35|Xx", "lex|ss=it20|Xx", "run-lex=en", "run-lex=it"]],
    ["un tornado violento", 1, ["lex=en35", "lex=it20", "lex|ss=en35|x", "lex|ss=it20|x"]],
    ["nel Public Statement di ieri", 1, ["lex=en10", "lex|ss=en10|Xx", "run-lex=en"]],
    ["nel Public Statement di ieri", 2, ["lex=en10", "lex|ss=en10|Xx", "run-lex=en"]],
    // Connectors inside a run are passed over: every other word is a common English word.
    ["il Council of Statement", 2, ["run-lex=en"]],
  ];
  for (const [text, at, want] of fires) {
    it(`gives "${text.split(" ")[at]}" in "${text}" the keys ${want.join(" ")}`, () => {
      assert.deepEqual(lexKeys(keysOf(text.split(" "))[at]!), want.sort());
    });
  }

  const silent: Array<[string, number, string]> = [
    ["il ministro Brusati parla", 2, "a word in no list"],
    ["Rosa Brusati parla", 0, "a common word in a run with a name"],
    ["Rosa Brusati parla", 1, "a name in a run with a common word"],
    ["Public Ferlini", 0, "an English word before a name"],
  ];
  for (const [text, at, what] of silent) {
    it(`gives no run-lex key to ${what} ("${text.split(" ")[at]}" in "${text}")`, () => {
      assert.deepEqual(lexKeys(keysOf(text.split(" "))[at]!).filter((k) => k.startsWith("run-lex")), []);
    });
  }

  it("keys word classes by the lower-case word and gives unknown words none", () => {
    const keys = keysOf(["ROSA", "Brusati"]);
    assert.ok(keys[0]!.includes("lex|ss=it5|X"));
    assert.deepEqual(lexKeys(keys[1]!), []);
  });
});
