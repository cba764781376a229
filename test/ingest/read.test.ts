import assert from "node:assert/strict";
import { chmodSync, symlinkSync, truncateSync } from "node:fs";
import { InputError, SettingsError } from "../../src/errors.ts";
import { readArticles } from "../../src/ingest/index.ts";
import { stdinOf, tempTree } from "./helpers.ts";

const ARTICLE = "Il ministro Falco ha visitato Borgoalto.\n";

describe("ingest readArticles: inputs", () => {
  it("walks folders recursively in sorted order, skipping hidden and unknown files", async () => {
    const t = tempTree({
      "b.txt": ARTICLE,
      "a.md": ARTICLE,
      "sub/c.txt": ARTICLE,
      "sub/.hidden.txt": ARTICLE,
      ".git/d.txt": ARTICLE,
      "notes.pdf": "%PDF",
      "e.htm": `<html><body><p>${ARTICLE}</p></body></html>`,
    });
    try {
      const { articles, problems } = await readArticles([t.dir]);
      assert.deepEqual(problems, []);
      assert.deepEqual(articles.map((a) => a.id), ["a", "b", "e", "c"]);
      assert.equal(articles[1]!.source, t.path("b.txt"));
    } finally {
      t.cleanup();
    }
  });

  it("follows a symbolic link back up the tree only once", async () => {
    const t = tempTree({ "sub/a.txt": ARTICLE });
    try {
      symlinkSync(t.dir, t.path("sub/loop"));
      const { articles, problems } = await readArticles([t.dir]);
      assert.deepEqual(problems, []);
      assert.deepEqual(articles.map((a) => a.id), ["a"]);
    } finally {
      t.cleanup();
    }
  });

  it("reports a folder with nothing to read", async () => {
    const t = tempTree({ "notes.pdf": "%PDF", ".hidden.txt": ARTICLE });
    try {
      const { articles, problems } = await readArticles([t.dir]);
      assert.equal(articles.length, 0);
      assert.match(problems[0]!.message, /holds no \.txt, \.md, \.html or \.jsonl file/);
    } finally {
      t.cleanup();
    }
  });

  it("reads a file reached twice only once", async () => {
    const t = tempTree({ "a.txt": ARTICLE, "b.txt": ARTICLE });
    try {
      const { articles, problems } = await readArticles([t.path("b.txt"), t.dir, `${t.dir}/./a.txt`]);
      assert.deepEqual(problems, []);
      assert.deepEqual(articles.map((a) => a.id), ["b", "a"]);
    } finally {
      t.cleanup();
    }
  });

  it("keeps the order of the inputs given", async () => {
    const t = tempTree({ "z.txt": ARTICLE, "a.txt": ARTICLE });
    try {
      const { articles } = await readArticles([t.path("z.txt"), t.path("a.txt")]);
      assert.deepEqual(articles.map((a) => a.id), ["z", "a"]);
    } finally {
      t.cleanup();
    }
  });

  it("reports a missing path and an explicitly named unknown extension, and reads the rest", async () => {
    const t = tempTree({ "ok.txt": ARTICLE, "slides.pdf": "%PDF-1.4" });
    try {
      const { articles, problems } = await readArticles([t.path("nope.txt"), t.path("slides.pdf"), t.path("ok.txt")]);
      assert.deepEqual(articles.map((a) => a.id), ["ok"]);
      assert.equal(problems.length, 2);
      for (const p of problems) assert.ok(p instanceof InputError);
      assert.match(problems[0]!.message, /^trama: .*nope\.txt: does not exist/);
      assert.match(problems[1]!.message, /slides\.pdf: has an extension .*\.txt, \.md, \.html or \.jsonl/);
    } finally {
      t.cleanup();
    }
  });

  it("reads standard input for '-', as text and as the format set", async () => {
    const plain = await readArticles(["-"], {}, stdinOf("Il ministro ", Buffer.from("Falco parte.")));
    assert.equal(plain.articles.length, 1);
    assert.equal(plain.articles[0]!.text, "Il ministro Falco parte.");
    assert.equal(plain.articles[0]!.source, "-");
    assert.equal(plain.articles[0]!.id, "stdin");
    const jsonl = await readArticles(["-"], { stdinFormat: "jsonl" }, stdinOf('{"id":"x1","text":"Uno."}\n{"id":"x2","text":"Due."}\n'));
    assert.deepEqual(jsonl.articles.map((a) => [a.id, a.source]), [["x1", "-:1"], ["x2", "-:2"]]);
  });

  const sniffed: Array<[string, string, string[]]> = [
    ["HTML", "<!doctype html><html><body><nav>Home</nav><p>Falco parte.</p></body></html>", ["Falco parte."]],
    ["JSON Lines", '{"id":"s1","text":"Falco parte."}\n{"id":"s2","text":"Tosi resta."}', ["Falco parte.", "Tosi resta."]],
    ["text that starts with a brace", "{nota} Falco parte.", ["{nota} Falco parte."]],
    ["text that mentions a tag", "<b> non è un tag qui: Falco parte.", ["<b> non è un tag qui: Falco parte."]],
  ];
  for (const [name, input, texts] of sniffed) {
    it(`recognises ${name} on standard input`, async () => {
      const { articles } = await readArticles(["-"], {}, stdinOf(input));
      assert.deepEqual(articles.map((a) => a.text), texts);
    });
  }

  it("refuses standard input over maxBytes", async () => {
    const { articles, problems } = await readArticles(["-"], { maxBytes: 10 }, stdinOf("0123456789", "abc"));
    assert.equal(articles.length, 0);
    assert.match(problems[0]!.message, /^trama: -: .*over the limit of 10 bytes; split it or raise --max-bytes/);
  });

  it("hashes the decoded text with sha256", async () => {
    const { articles } = await readArticles(["-"], {}, stdinOf("\uFEFFabc"));
    assert.equal(articles[0]!.hash, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("rejects bad settings with a SettingsError naming the setting", async () => {
    await assert.rejects(readArticles([], { maxBytes: 0 }), (err: unknown) => err instanceof SettingsError && err.setting === "maxBytes");
    await assert.rejects(readArticles([], { stdinFormat: "pdf" as never }), (err: unknown) => err instanceof SettingsError && err.setting === "stdinFormat");
  });
});

describe("ingest readArticles: hostile files", () => {
  it("reports each bad file with what is wrong and the fix, and reads the good one", async () => {
    const random = Buffer.alloc(4096);
    let seed = 7;
    for (let i = 0; i < random.length; i++) random[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 255 + 1;
    const t = tempTree({
      "empty.txt": "",
      "blank.txt": " \n\t\n ",
      "nul.txt": Buffer.from([0x49, 0x6c, 0x00, 0x01, 0x02]),
      "controls.txt": Buffer.from("ab\x01\x02\x03\x04\x05\x06cd"),
      "garbage.txt": random,
      "huge.txt": "",
      "good.txt": ARTICLE,
    });
    try {
      truncateSync(t.path("huge.txt"), 30 * 1024 * 1024); // sparse: costs no disk
      const { articles, problems } = await readArticles([t.dir]);
      assert.deepEqual(articles.map((a) => a.id), ["good"]);
      const byFile = new Map(problems.map((p) => [(p as InputError).file.split("/").pop(), p.message]));
      assert.match(byFile.get("empty.txt")!, /is empty .*; remove it/);
      assert.match(byFile.get("blank.txt")!, /is empty/);
      assert.match(byFile.get("nul.txt")!, /is binary/);
      assert.match(byFile.get("controls.txt")!, /looks binary/);
      assert.match(byFile.get("garbage.txt")!, /not valid UTF-8|binary/);
      assert.match(byFile.get("huge.txt")!, /is 31457280 bytes, over the limit of 20971520 bytes; split it or raise --max-bytes/);
      assert.equal(problems.length, 6);
    } finally {
      t.cleanup();
    }
  });

  it("applies a smaller maxBytes to files", async () => {
    const t = tempTree({ "a.txt": ARTICLE });
    try {
      const { problems } = await readArticles([t.path("a.txt")], { maxBytes: 8 });
      assert.match(problems[0]!.message, /over the limit of 8 bytes/);
    } finally {
      t.cleanup();
    }
  });

  it("a file that cannot be read is a problem, not a crash", async function () {
    if (process.getuid?.() === 0) this.skip(); // root reads everything
    const t = tempTree({ "locked.txt": ARTICLE });
    try {
      chmodSync(t.path("locked.txt"), 0o000);
      const { problems } = await readArticles([t.path("locked.txt")]);
      assert.match(problems[0]!.message, /permission denied/);
    } finally {
      t.cleanup();
    }
  });
});
