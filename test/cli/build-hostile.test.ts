import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseGraph } from "../../src/graph/io.ts";
import { GEXF_SCHEMA_DIR } from "../../scripts/shared-path.ts";
import { trama } from "./run-cli.ts";

// What people actually feed a news tool, generated here (no blobs committed), through the
// real `trama build`: the bad files are named with a fix, the good ones are built, and
// every output is whole and true to its inputs.

const GOOD = [
  "Il ministro degli Esteri di Borduria, Anselmo Quarenghi, ha incontrato ieri a Valdoria il presidente syldavo Ottokar Brask.",
  "Secondo l'agenzia Tass, Quarenghi ha firmato un accordo con Brask.",
].join(" ");
// Names built to break whatever reads them later: markup, quotes, backticks, a closing
// brace and parenthesis, a control character and right-to-left marks.
const HOSTILE = [
  'Il portavoce Jean "O\'Malley" `Drop` ha incontrato a Valdoria il ministro Ruggero Tessari.',
  "Il generale Karim }) DETACH Haddad ha accusato la Borduria.",
  "Il ministro Pietro\u0007 Salvi e il sindaco \u202eLuca Neri\u202c hanno incontrato <img src=x onerror=alert(1)> Ugo Bassi.",
].join("\n\n");

function writeCorpus(dir: string): void {
  writeFileSync(join(dir, "buono.txt"), GOOD);
  writeFileSync(join(dir, "ostile.txt"), HOSTILE);
  writeFileSync(join(dir, "vuoto.txt"), "");
  writeFileSync(join(dir, "spazi.txt"), " \n\t\n");
  writeFileSync(join(dir, "binario.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0xff, 0x00, 0x13, 0x37]));
  // Latin-1 bytes (è = 0xE8) are not UTF-8: read as Latin-1, not rejected.
  writeFileSync(join(dir, "latino.txt"), Buffer.from("Il premier Carlo Fenzi \xe8 arrivato a Valdoria.", "latin1"));
  writeFileSync(
    join(dir, "pagina.html"),
    `<!doctype html><html><head><title>Vertice a Valdoria</title><script>window.pwned = "alert(1)";</script></head>
<body><nav>Home | Esteri | Contatti</nav><article><h1>Vertice a Valdoria</h1>
<p>Il presidente syldavo Ottokar Brask ha incontrato a Valdoria il ministro Anselmo Quarenghi.</p></article>
<footer>Cookie e privacy</footer></body></html>`,
  );
  writeFileSync(
    join(dir, "filo.jsonl"),
    [
      JSON.stringify({ id: "filo-1", text: "Il ministro Anselmo Quarenghi ha visitato Valdoria.", date: "2031-05-02" }),
      '{"id": "filo-2", "text": "troncato',
      JSON.stringify({ id: "filo-3", title: "senza testo" }),
    ].join("\n") + "\n",
  );
  // A 100 MB file costs nothing to make sparse; it must be refused by its size, unread.
  const huge = openSync(join(dir, "enorme.txt"), "w");
  closeSync(huge);
  spawnSync("truncate", ["-s", "100M", join(dir, "enorme.txt")]);
}

describe("trama build on a corpus of hostile files", function () {
  this.timeout(120_000);
  let tmp: string;
  let out: string;
  let result: ReturnType<typeof trama>;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), "trama-hostile-"));
    const corpus = join(tmp, "corpus");
    out = join(tmp, "out");
    mkdirSync(corpus);
    writeCorpus(corpus);
    result = trama(["build", corpus, "--out", out]);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it("finishes, and its exit code says inputs were skipped", () => {
    assert.equal(result.status, 3, result.stderr);
  });

  it("names every bad file (and JSONL line) with a trama: message that says what to do", () => {
    const lines = result.stderr.split("\n").filter((l) => l.startsWith("trama: "));
    for (const bad of ["vuoto.txt", "spazi.txt", "binario.txt", "enorme.txt", "filo.jsonl:2", "filo.jsonl:3"]) {
      const line = lines.find((l) => l.includes(bad));
      assert.ok(line, `no message for ${bad} in:\n${result.stderr}`);
      assert.match(line, /;\s*\S/, `message for ${bad} gives no fix: ${line}`);
    }
    for (const good of ["buono.txt", "ostile.txt", "latino.txt", "pagina.html", "filo.jsonl:1"]) {
      assert.ok(!lines.some((l) => l.includes(`${good}:`) && !l.includes("copy")), `${good} was reported: ${result.stderr}`);
    }
  });

  it("builds the good articles, and only them", () => {
    const records = readFileSync(join(out, "records.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    assert.deepEqual(records.map((r) => r.doc).sort(), ["buono", "filo-1", "latino", "ostile", "pagina"]);
    const graph = parseGraph(readFileSync(join(out, "graph.json"), "utf8"), "graph.json");
    assert.ok(graph.order > 0 && graph.size > 0, `graph ${graph.order} nodes, ${graph.size} edges`);
    assert.deepEqual(Object.keys(graph.getAttribute("articles")).sort(), ["buono", "filo-1", "latino", "ostile", "pagina"]);
  });

  it("keeps the graph's invariants: endpoints exist, evidence quotes its article", () => {
    const graph = parseGraph(readFileSync(join(out, "graph.json"), "utf8"), "graph.json");
    const records = readFileSync(join(out, "records.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    for (const r of records) {
      const ids = new Set(r.entities.map((e: { id: string }) => e.id));
      assert.equal(ids.size, r.entities.length, `${r.doc}: duplicate entity ids`);
      for (const rel of r.relations) {
        assert.ok(ids.has(rel.subject) && ids.has(rel.object), `${r.doc}: ${rel.subject} ${rel.type} ${rel.object}`);
        for (const ev of rel.evidence) assert.ok(ev.start >= 0 && ev.start < ev.end, `${r.doc}: evidence ${ev.start}-${ev.end}`);
      }
    }
    graph.forEachEdge((key, attrs, source, target) => {
      assert.ok(graph.hasNode(source) && graph.hasNode(target), key);
      for (const ev of attrs.evidence) assert.ok(ev.sentence.length === ev.end - ev.start, `${key}: evidence length`);
    });
  });

  it("reads the HTML page's article, never its script or navigation", () => {
    const records = readFileSync(join(out, "records.jsonl"), "utf8");
    assert.ok(!records.includes("window.pwned") && !records.includes("Contatti"), "script or navigation text was extracted");
    const page = records.trim().split("\n").map((l) => JSON.parse(l)).find((r) => r.doc === "pagina");
    assert.ok(page.entities.some((e: { name: string }) => e.name.includes("Brask")), JSON.stringify(page.entities));
  });

  it("writes a GEXF that still validates against the official schema", () => {
    const check = spawnSync("xmllint", ["--noout", "--schema", `${GEXF_SCHEMA_DIR}/1.3/gexf.xsd`, join(out, "graph.gexf")], {
      encoding: "utf8",
    });
    assert.equal(check.error, undefined, "xmllint is missing: apt-get install libxml2-utils");
    assert.equal(check.status, 0, check.stderr);
  });

  it("leaves no temporary files behind", () => {
    const leftovers: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else if (entry.name.endsWith(".tmp")) leftovers.push(join(dir, entry.name));
      }
    };
    walk(out);
    assert.deepEqual(leftovers, []);
  });
});
