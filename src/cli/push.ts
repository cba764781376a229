import neo4j from "neo4j-driver";
import { TramaError, UsageError } from "../errors.ts";
import { loadGraph } from "../graph/io.ts";
import { pushGraph, type PushReport } from "../export/neo4j/push.ts";
import { DEFAULT_NEO4J_SETTINGS } from "../export/neo4j/settings.ts";
import { createProgress, type Progress } from "./progress.ts";
import { DEFAULT_GRAPH_DIR, graphPath } from "../export/graph-path.ts";
import { parseCommandArgs } from "./options.ts";

export const usage = `usage: trama push [--uri bolt://HOST:7687] [--user USER] [--password PASSWORD] [--database DB] [--graph PATH]

Loads a built graph into a running Neo4j (idempotent: run it again to resume or refresh).
  --uri URI         bolt:// or neo4j:// address (or NEO4J_URI)
  --user USER       user name (or NEO4J_USERNAME; default neo4j)
  --password PASS   password (or NEO4J_PASSWORD, better: a command line is visible to other users)
  --database DB     database (or NEO4J_DATABASE; default: the server's default)
  --graph PATH      graph.json, or the build directory holding it (default ${DEFAULT_GRAPH_DIR})
  --batch-size N    rows per transaction (default ${DEFAULT_NEO4J_SETTINGS.batchSize})
`;

/** The address without any user:password@ part, safe to print. */
export function printableUri(uri: string): string {
  try {
    const url = new URL(uri);
    url.username = "";
    url.password = "";
    return url.toString().replace(/\/$/, "");
  } catch {
    return "the given --uri";
  }
}

/** Removes the secret from a message that a driver or server produced. */
export function scrubSecret(message: string, secret: string): string {
  return secret.length === 0 ? message : message.split(secret).join("***");
}

function describe(err: unknown, uri: string, password: string): TramaError {
  const code = (err as { code?: string }).code ?? "";
  const message = scrubSecret(err instanceof Error ? err.message : String(err), password);
  const where = printableUri(uri);
  if (code === "Neo.ClientError.Security.Unauthorized" || code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return new TramaError(`trama: Neo4j at ${where} refused the user name or password; check --user/--password or NEO4J_USERNAME/NEO4J_PASSWORD`);
  }
  if (code === "ServiceUnavailable" || code === "SessionExpired") {
    return new TramaError(`trama: cannot reach Neo4j at ${where} (${message}); start Neo4j or fix --uri / NEO4J_URI`);
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return new TramaError(`trama: ${message}; create the database or fix --database / NEO4J_DATABASE`);
  }
  return new TramaError(`trama: push to ${where} failed (${code || "error"}: ${message}); fix the cause and run 'trama push' again, it resumes without duplicates`);
}

function summary(report: PushReport, where: string, seconds: number): string {
  const kinds = Object.entries(report.rowsByKind)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(", ");
  const s = report.stats;
  return (
    `trama: pushed ${report.rows} rows in ${report.statements} statements to ${where} in ${seconds.toFixed(1)}s\n` +
    `  rows: ${kinds}\n` +
    `  nodes created ${s.nodesCreated}, relationships created ${s.relationshipsCreated}, ` +
    `properties set ${s.propertiesSet}, labels added ${s.labelsAdded}, constraints added ${s.constraintsAdded}\n`
  );
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("push", argv, {
    uri: { type: "string" },
    user: { type: "string", short: "u" },
    password: { type: "string", short: "p" },
    database: { type: "string", short: "d" },
    graph: { type: "string" },
    "batch-size": { type: "string" },
  });
  if (positionals.length > 0) {
    throw new UsageError(`trama push: unexpected argument '${positionals[0]}'; pass the graph with --graph; see 'trama push --help'`);
  }
  const uri = values.uri ?? process.env.NEO4J_URI;
  const user = values.user ?? process.env.NEO4J_USERNAME ?? "neo4j";
  const password = values.password ?? process.env.NEO4J_PASSWORD;
  const database = values.database ?? process.env.NEO4J_DATABASE;
  if (uri === undefined || uri === "") throw new UsageError("trama push: no Neo4j address; pass --uri bolt://HOST:7687 or set NEO4J_URI");
  if (password === undefined) throw new UsageError("trama push: no password; set NEO4J_PASSWORD (or pass --password)");
  const batchSize = values["batch-size"] === undefined ? DEFAULT_NEO4J_SETTINGS.batchSize : Number(values["batch-size"]);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new UsageError(`trama push: --batch-size '${values["batch-size"]}' is not a whole number of rows; use 1 or more`);
  }

  const graph = loadGraph(graphPath(values.graph));
  const where = printableUri(uri) + (database === undefined ? "" : ` (database ${database})`);
  let driver;
  try {
    driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { userAgent: "trama" });
  } catch (err) {
    throw describe(err, uri, password);
  }
  let progress: Progress | undefined;
  const started = performance.now();
  try {
    await driver.verifyConnectivity(database === undefined ? {} : { database });
    const report = await pushGraph(graph, driver, {
      batchSize,
      ...(database === undefined ? {} : { database }),
      onProgress: (done, total) => {
        progress ??= createProgress({ total, label: "push", unit: "rows" });
        progress.update(done);
      },
    });
    progress?.finish();
    process.stdout.write(summary(report, where, (performance.now() - started) / 1000));
    return 0;
  } catch (err) {
    progress?.finish();
    throw err instanceof TramaError ? err : describe(err, uri, password);
  } finally {
    await driver.close();
  }
}
