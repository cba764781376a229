import assert from "node:assert/strict";
import { readArticles } from "../../src/ingest/index.ts";
import { analyse } from "../../src/nlp/it/index.ts";
import type { Article } from "../../src/types.ts";
import { stdinOf, tempTree } from "./helpers.ts";

async function one(name: string, content: string | Uint8Array): Promise<Article> {
  const t = tempTree({ [name]: content });
  try {
    const { articles, problems } = await readArticles([t.path(name)]);
    assert.deepEqual(problems.map((p) => p.message), []);
    assert.equal(articles.length, 1);
    return articles[0]!;
  } finally {
    t.cleanup();
  }
}

function maskedTexts(a: Article, reason?: string): string[] {
  return a.masked.filter((m) => reason === undefined || m.reason === reason).map((m) => a.text.slice(m.start, m.end));
}

describe("ingest: encodings", () => {
  const text = "Perché la città è già lì: Niccolò Sgarbossa, l’ex sindaco.";
  const cases: Array<[string, Uint8Array, string, string]> = [
    ["UTF-8", Buffer.from(text, "utf8"), text, "utf-8"],
    ["UTF-8 with a BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]), text, "utf-8"],
    ["Latin-1 bytes", Buffer.from("Perché la città è già lì: Niccolò.", "latin1"), "Perché la città è già lì: Niccolò.", "windows-1252"],
    ["UTF-8 holding cp1252 bytes read as Latin-1", Buffer.from("l\u0092Ucraina e \u0093Falco\u0094", "utf8"), "l’Ucraina e “Falco”", "utf-8"],
    ["UTF-16LE with a BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]), text, "utf-16le"],
    ["windows-1252 curly quote and euro", Buffer.from([0x93, 0x43, 0x69, 0x61, 0x6f, 0x94, 0x20, 0x80, 0x35]), "“Ciao” €5", "windows-1252"],
  ];
  for (const [name, bytes, expected, encoding] of cases) {
    it(name, async () => {
      const a = await one("x.txt", bytes);
      assert.equal(a.text, expected);
      assert.equal(a.encoding, encoding);
    });
  }
});

describe("ingest: date marker", () => {
  const cases: Array<[string, string, string | undefined, string | undefined]> = [
    ["month, after leading space", " date 2031-07 Il ministro Falco parte.", "2031-07", "date 2031-07"],
    ["day, at the very start", "date 2031-07-14\nIl ministro Falco parte.", "2031-07-14", "date 2031-07-14"],
    ["with a colon", "Date: 2031-07-14 Il ministro Falco parte.", "2031-07-14", "Date: 2031-07-14"],
    ["not a real month", "date 2031-13 Il ministro Falco parte.", undefined, undefined],
    ["not at the start", "Il ministro Falco parte. date 2031-07", undefined, undefined],
    ["a word starting with date", "dateline 2031-07 Il ministro.", undefined, undefined],
  ];
  for (const [name, text, date, marker] of cases) {
    it(name, async () => {
      const a = await one("x.txt", text);
      assert.equal(a.text, text, "the marker is masked, not removed");
      assert.equal(a.date, date);
      assert.deepEqual(maskedTexts(a, "date-marker"), marker === undefined ? [] : [marker]);
      const first = analyse(a).sentences[0]!.tokens[0]!;
      if (marker !== undefined) assert.equal(first.text, "Il");
      assert.equal(text.slice(first.start, first.end), first.text);
    });
  }
});

describe("ingest: Windows line endings", () => {
  it("reads the date marker, furniture, title and sentences of a CRLF file", async () => {
    const text = "date 2031-07-01 Falco a Vessoria\r\n\r\n- Advertisement -\r\nIl ministro Falco parte.\r\nLeggi anche\r\n";
    const a = await one("x.txt", text);
    assert.equal(a.date, "2031-07-01");
    assert.equal(a.title, "Falco a Vessoria");
    assert.deepEqual(maskedTexts(a, "furniture"), ["- Advertisement -", "Leggi anche"]);
    assert.deepEqual(analyse(a).sentences.map((s) => s.text), ["Falco a Vessoria", "Il ministro Falco parte."]);
  });
});

describe("ingest: publication dateline", () => {
  const cases: Array<[string, string, string | undefined, string | undefined]> = [
    ["labelled, month name and time", "Falco a Vessoria\nPubblicato il 12 marzo 2031 alle 10:30\nIl ministro Falco parte.", "2031-03-12", "Pubblicato il 12 marzo 2031 alle 10:30"],
    ["slashed, with a colon", "Aggiornato: 02/11/2031\nIl ministro Falco parte.", "2031-11-02", "Aggiornato: 02/11/2031"],
    ["a date alone with a weekday", "Il ministro Falco parte.\n\nGiovedì 4 settembre 2031", "2031-09-04", "Giovedì 4 settembre 2031"],
    ["ISO date alone", "2031-01-30\nIl ministro Falco parte.", "2031-01-30", "2031-01-30"],
    ["not a real day", "31/02/2031\nIl ministro Falco parte.", undefined, undefined],
    ["a date inside a sentence", "Il 12 marzo 2031 il ministro Falco parte.", undefined, undefined],
    ["a publication sentence", "Pubblicato il rapporto del 12 marzo 2031 sul bilancio.\nAltro.", undefined, undefined],
  ];
  for (const [name, text, date, line] of cases) {
    it(name, async () => {
      const a = await one("x.txt", text);
      assert.equal(a.date, date);
      assert.equal(maskedTexts(a, "furniture").includes(line ?? "\u0000"), line !== undefined);
    });
  }

  it("a date marker wins over a dateline", async () => {
    const a = await one("x.txt", "date 2031-07 Falco parte.\nPubblicato il 12 marzo 2031");
    assert.equal(a.date, "2031-07");
  });
});

describe("ingest: page furniture", () => {
  it("masks known labels, dashed ad labels, lone dashes and edge site names, keeping offsets", async () => {
    const text = [
      "Gazzetta Borgoalto News",
      "",
      "Vessoria accusa Borgalia",
      "- Advertisement -",
      "-",
      "Il ministro Falco ha parlato a Borgoalto.",
      "Leggi anche",
      "Related News : Falco incontra Ruggeri a Vessoria",
      "Questo sito usa cookie: continuando accetti la privacy policy.",
      "Iscriviti alla newsletter per ricevere le notizie",
      "Condividi",
      "© Riproduzione riservata 2031",
      "Foto: Agenzia Velox",
      "Tag: Falco, Vessoria, Borgalia",
      "- Pubblicità -Eco di Vessoria",
    ].join("\n");
    const a = await one("x.txt", text);
    assert.equal(a.text, text);
    assert.deepEqual(maskedTexts(a, "furniture"), [
      "Gazzetta Borgoalto News",
      "- Advertisement -",
      "-",
      "Leggi anche",
      "Related News :",
      "Questo sito usa cookie: continuando accetti la privacy policy.",
      "Iscriviti alla newsletter per ricevere le notizie",
      "Condividi",
      "© Riproduzione riservata 2031",
      "Foto: Agenzia Velox",
      "Tag: Falco, Vessoria, Borgalia",
      "- Pubblicità -",
    ]);
    assert.equal(a.outlet, "Gazzetta Borgoalto News");
    assert.equal(a.title, "Vessoria accusa Borgalia");
    const words = analyse(a).sentences.flatMap((s) => s.tokens.map((t) => t.text));
    for (const gone of ["Advertisement", "Leggi", "Related", "cookie", "newsletter", "Condividi", "Gazzetta"]) assert.ok(!words.includes(gone), gone);
    for (const kept of ["Falco", "Ruggeri", "Vessoria"]) assert.ok(words.includes(kept), kept);
  });

  it("masks a site name glued after an ad label", async () => {
    const a = await one("x.txt", "Il ministro Falco parte.\n- Advertisement -BorgoNews Italia");
    assert.deepEqual(maskedTexts(a, "furniture"), ["- Advertisement -BorgoNews Italia"]);
    assert.equal(a.outlet, "BorgoNews Italia");
  });

  const kept: Array<[string, string]> = [
    ["a short title line that names no outlet", "Falco a Vessoria\n\nIl ministro Falco parte."],
    ["a title with a clause and a news word", "Vessoria: ultime notizie\n\nIl ministro Falco parte."],
    ["a four-word title with a news word", "Notizie da Vessoria oggi\n\nIl ministro Falco parte."],
    ["a sentence mentioning advertising", "La pubblicità di Falco è ovunque.\nIl ministro parte."],
    ["a last line that is a sentence", "Il ministro parte.\nLa notizia è della Gazzetta di Borgoalto."],
    ["a dash inside a sentence", "Il ministro – disse Falco – parte.\nPoi torna."],
  ];
  for (const [name, text] of kept) {
    it(`does not mask ${name}`, async () => {
      const a = await one("x.txt", text);
      assert.deepEqual(maskedTexts(a), []);
    });
  }
});

describe("ingest: markdown", () => {
  it("masks markup syntax and keeps the words at their offsets", async () => {
    const text = "---\ntitle: Falco a Vessoria\ndate: 2031-05-02\n---\n# Falco a Vessoria\n\nIl **ministro** [Falco](https://esempio.it/falco) parte.\n\n- primo punto\n> citazione di Ruggeri\n\n![foto](x.jpg)\n";
    const a = await one("x.md", text);
    assert.equal(a.text, text);
    assert.equal(a.title, "Falco a Vessoria");
    assert.equal(a.date, "2031-05-02");
    const words = analyse(a).sentences.map((s) => s.tokens.map((t) => t.text).join(" "));
    assert.deepEqual(words, ["Falco a Vessoria", "Il ministro Falco parte .", "primo punto", "citazione di Ruggeri"]);
  });
});

describe("ingest: HTML", () => {
  const page = `<!doctype html><html><head>
    <title>Falco a Vessoria - Gazzetta</title>
    <meta property="og:title" content="Falco a Vessoria">
    <meta property="article:published_time" content="2031-05-02T09:30:00+02:00">
    <meta property="og:site_name" content="Gazzetta di Borgoalto">
    <link rel="canonical" href="https://gazzetta.example/falco">
    <style>p { color: red }</style><script>var x = "Ruggeri";</script>
  </head><body>
    <nav><a href="/">Home</a> <a href="/esteri">Esteri</a></nav>
    <header>Gazzetta di Borgoalto</header>
    <article>
      <h1>Falco a Vessoria</h1>
      <p>Il ministro <b>Falco</b> &egrave; arrivato a   Ves&shy;soria.<br>Domani parte.</p>
      <script>document.write("Sconosciuto")</script>
      <aside>Leggi anche: altro</aside>
      <p hidden>Testo nascosto</p>
      <p>Incontrerà Ruggeri &amp; Tosi.</p>
    </article>
    <footer>© Gazzetta</footer>
  </body></html>`;

  it("extracts the article text, title, date, url and outlet", async () => {
    const a = await one("falco.html", page);
    assert.equal(a.id, "falco");
    assert.equal(a.text, "Falco a Vessoria\n\nIl ministro Falco è arrivato a Vessoria.\nDomani parte.\n\nIncontrerà Ruggeri & Tosi.");
    assert.equal(a.title, "Falco a Vessoria");
    assert.equal(a.date, "2031-05-02");
    assert.equal(a.url, "https://gazzetta.example/falco");
    assert.equal(a.outlet, "Gazzetta di Borgoalto");
    for (const dropped of ["Ruggeri\";", "Home", "Sconosciuto", "Leggi", "nascosto", "©", "color"]) assert.ok(!a.text.includes(dropped), dropped);
  });

  it("falls back to <body>, <title> and <time datetime>", async () => {
    const a = await one("b.htm", "<html><head><title>Titolo</title></head><body><p>Il ministro parte.</p><time datetime=\"2031-06\">giugno</time></body></html>");
    assert.equal(a.title, "Titolo");
    assert.equal(a.date, "2031-06");
    assert.equal(a.text, "Il ministro parte.\n\ngiugno");
  });

  it("keeps the headline from an article's <header>, not its byline", async () => {
    const a = await one("h.html", "<body><article><header><h1>Falco a Vessoria</h1><p class=\"byline\">di Gino Rossetti</p></header><p>Il ministro parte.</p></article></body>");
    assert.equal(a.text, "Falco a Vessoria\n\nIl ministro parte.");
  });

  it("picks the <article> with the most text when teasers are articles too", async () => {
    const a = await one("c.html", "<body><article><p>Breve: Tosi.</p></article><article><p>Il ministro Falco è arrivato a Vessoria e ha incontrato Ruggeri.</p></article></body>");
    assert.equal(a.text, "Il ministro Falco è arrivato a Vessoria e ha incontrato Ruggeri.");
  });

  it("drops furniture marked by role, class or id, but not a main text whose class mentions ads", async () => {
    const a = await one(
      "d.html",
      `<body><main class="content with-ads"><p>Il ministro Falco è arrivato a Vessoria per un vertice con Ruggeri e Tosi.</p>
       <div class="share-bar">Condividi su Facebook</div><ul class="related-articles"><li>Tosi vince</li></ul>
       <div role="complementary">Meteo</div><section id="comments">Bel pezzo!</section></main></body>`,
    );
    assert.equal(a.text, "Il ministro Falco è arrivato a Vessoria per un vertice con Ruggeri e Tosi.");
  });

  it("reads headline and date from JSON-LD, skipping a meta date that is not ISO", async () => {
    const a = await one(
      "e.html",
      `<html><head><meta name="date" content="12/03/2031">
       <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"Falco a Vessoria","datePublished":"2031-03-12T08:00:00Z"}]}</script>
       <script type="application/ld+json">{not json</script></head><body><p>Il ministro parte.</p></body></html>`,
    );
    assert.equal(a.title, "Falco a Vessoria");
    assert.equal(a.date, "2031-03-12");
    assert.equal(a.text, "Il ministro parte.");
  });

  it("a page with no text is a problem", async () => {
    const t = tempTree({ "empty.html": "<html><body><script>x()</script><nav>Home</nav></body></html>" });
    try {
      const { articles, problems } = await readArticles([t.dir]);
      assert.equal(articles.length, 0);
      assert.match(problems[0]!.message, /empty\.html: has no readable text/);
    } finally {
      t.cleanup();
    }
  });
});

describe("ingest: JSONL", () => {
  it("keeps good lines and reports each bad one with its line number", async () => {
    const lines = [
      '{"id": "a1", "text": "Il ministro Falco parte.", "title": "Falco", "date": "2031-05-02", "url": "https://x.example/a1", "source": "Gazzetta"}',
      "",
      "{not json",
      '{"id": "a3"}',
      '{"text": "senza id"}',
      '["a", "b"]',
      '{"id": "a6", "text": "Ruggeri arriva.", "date": "ieri"}',
      '{"id": 7, "text": "Tosi parte."}',
    ];
    const t = tempTree({ "batch.jsonl": lines.join("\n") + "\n" });
    try {
      const { articles, problems } = await readArticles([t.path("batch.jsonl")]);
      assert.deepEqual(articles.map((a) => [a.id, a.source]), [["a1", `${t.path("batch.jsonl")}:1`], ["7", `${t.path("batch.jsonl")}:8`]]);
      assert.deepEqual(
        { title: articles[0]!.title, date: articles[0]!.date, url: articles[0]!.url, outlet: articles[0]!.outlet },
        { title: "Falco", date: "2031-05-02", url: "https://x.example/a1", outlet: "Gazzetta" },
      );
      assert.deepEqual(problems.map((p) => (p as { line?: number }).line), [3, 4, 5, 6, 7]);
      assert.match(problems[0]!.message, /batch\.jsonl:3: is not valid JSON/);
      assert.match(problems[1]!.message, /batch\.jsonl:4: has no 'text'/);
      assert.match(problems[2]!.message, /batch\.jsonl:5: has no 'id'/);
      assert.match(problems[4]!.message, /batch\.jsonl:7: has a 'date' that is not ISO 8601/);
    } finally {
      t.cleanup();
    }
  });

  it("masks a date marker inside a JSONL text", async () => {
    const { articles } = await readArticles(["-"], { stdinFormat: "jsonl" }, stdinOf('{"id":"d","text":" date 2031-02 Falco parte."}'));
    assert.equal(articles[0]!.date, "2031-02");
    assert.equal(articles[0]!.masked[0]!.reason, "date-marker");
  });
});
