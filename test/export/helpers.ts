import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lintCypherQuery, isNotParamError, type DbSchema } from "@neo4j-cypher/language-support";
import assert from "node:assert/strict";
import type { CorpusGraph } from "../../src/graph/corpus-graph.ts";
import { RELATION_TYPES } from "../../src/types.ts";
import { ALL_TYPE_LABELS } from "../../src/export/neo4j/labels.ts";
import { cypherBatches } from "../../src/export/neo4j/statements.ts";
import { fixtureGraph } from "./fixture-graph.ts";
import { GEXF_SCHEMA_DIR } from "../../scripts/shared-path.ts";

// Tools the export tests check files with: xmllint (libxml2-utils), Debian's NetworkX,
// Neo4j's own Cypher linter, and an independent RFC 4180 reader.

export const GEXF_SCHEMAS = {
  "1.3": `${GEXF_SCHEMA_DIR}/1.3/gexf.xsd`,
  "1.2draft": `${GEXF_SCHEMA_DIR}/1.2draft/gexf.xsd`,
} as const;

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "trama-export-"));
}

export function writeTemp(name: string, content: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

/** Validates with xmllint; a missing xmllint is a failure (CI installs libxml2-utils), never a skip. */
export function xmllint(file: string, schema?: string): { ok: boolean; output: string } {
  const args = schema === undefined ? ["--noout", file] : ["--noout", "--schema", schema, file];
  const result = spawnSync("xmllint", args, { encoding: "utf8" });
  if (result.error !== undefined) {
    throw new Error(`xmllint is not installed (${result.error.message}); install it with 'apt-get install libxml2-utils'`);
  }
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** Runs Python code with Debian's python3 (which has python3-networkx); the pyenv python3 on PATH has no networkx. */
export function python(code: string, ...args: string[]): string {
  try {
    return execFileSync("/usr/bin/python3", ["-c", code, ...args], { encoding: "utf8" });
  } catch (err) {
    throw new Error(`/usr/bin/python3 failed (is python3-networkx installed?): ${(err as { stderr?: string }).stderr ?? err}`);
  }
}

/**
 * The database the exports make: its labels, relationship types and the property names the
 * statements SET (plus the row fields they read). Linting against it turns a misspelt
 * label or property into a warning.
 */
export const TRAMA_SCHEMA: DbSchema = {
  labels: ["Entity", "Article", ...ALL_TYPE_LABELS],
  relationshipTypes: [...RELATION_TYPES, "MENTIONED_IN"],
  propertyKeys: [
    ...new Set(["id", ...cypherBatches(fixtureGraph()).flatMap((b) => [...b.query.matchAll(/\b(?:[anrs]\.(\w+) =|row\.(\w+))/g)].map((m) => (m[1] ?? m[2])!))]),
  ],
};

/** Neo4j's linter; returns the messages of every error and warning (undefined $parameters allowed when asked). */
export function lintProblems(query: string, options: { parameters?: boolean } = {}): string[] {
  const { diagnostics } = lintCypherQuery(query, TRAMA_SCHEMA, { consoleCommandsEnabled: true });
  return diagnostics
    .filter((d) => (options.parameters ? isNotParamError({ message: String(d.message) }) : true))
    .map((d) => `${d.severity === 1 ? "error" : "warning"}: ${d.message} at ${d.offsets.start}`);
}

/** RFC 4180 reader written from the RFC, independent of src/export/csv.ts. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        i += 1;
        continue;
      }
      field += c;
      i += 1;
      continue;
    }
    if (c === '"' && field === "") {
      quoted = true;
      i += 1;
    } else if (c === ",") {
      row.push(field);
      field = "";
      i += 1;
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else if (c === '"') {
      throw new Error(`stray quote in an unquoted field at ${i}`);
    } else {
      field += c;
      i += 1;
    }
  }
  if (field !== "" || row.length > 0) throw new Error("last record does not end with CRLF");
  return rows;
}

/** Edges read back by NetworkX (u, v, key, data) are the graph's, with their type and evidence count. */
export function assertSameEdges(graph: CorpusGraph, edges: Array<[string, string, string, Record<string, unknown>]>): void {
  assert.equal(edges.length, graph.size);
  for (const [u, v, k, d] of edges) {
    assert.equal(graph.source(k), u);
    assert.equal(graph.target(k), v);
    assert.equal(d.relation, graph.getEdgeAttribute(k, "type"));
    assert.equal(d.evidence_count, graph.getEdgeAttribute(k, "evidence").length);
  }
}
