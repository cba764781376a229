import { existsSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../errors.ts";
import { DEFAULT_SERVE_SETTINGS, startServer } from "../serve/index.ts";
import { parseCommandArgs } from "./options.ts";

const LOOPBACK = ["127.0.0.1", "localhost", "::1"];

export const usage = `usage: trama serve [DIR] [--port N] [--host H]

Serves the viewer and the graph files of DIR (default: ${DEFAULT_SERVE_SETTINGS.dir}), read-only.
  --port N   port to listen on (default ${DEFAULT_SERVE_SETTINGS.port}; 0 = any free port)
  --host H   address to listen on (default ${DEFAULT_SERVE_SETTINGS.host}; any other exposes the graph to the network)
Stop it with Ctrl-C.`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("serve", argv, {
    port: { type: "string" },
    host: { type: "string" },
  });
  if (positionals.length > 1) throw new UsageError("trama serve: give one directory; see 'trama serve --help'");
  if (values.port !== undefined && !/^\d+$/.test(values.port)) {
    throw new UsageError(`trama serve: --port '${values.port}' is not a number; use 0 to 65535`);
  }
  const dir = positionals[0] ?? DEFAULT_SERVE_SETTINGS.dir;
  const host = values.host ?? DEFAULT_SERVE_SETTINGS.host;
  const server = await startServer({ dir, host, port: values.port === undefined ? DEFAULT_SERVE_SETTINGS.port : Number(values.port) });
  if (!existsSync(join(dir, "graph.json"))) {
    process.stderr.write(`trama: ${join(dir, "graph.json")} does not exist yet; run 'trama build INPUT --out ${dir}'\n`);
  }
  if (!LOOPBACK.includes(host)) {
    process.stderr.write(`trama: listening on ${host}: anyone who can reach this machine can read the graph\n`);
  }
  process.stdout.write(`trama: serving ${dir} at ${server.url}\n`);
  await new Promise<void>((done) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      void server.close().then(done);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  return 0;
}
