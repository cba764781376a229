import { pathToFileURL } from "node:url";
import { TramaError, UsageError } from "../errors.ts";
import { EXIT } from "./options.ts";

// The `trama` command: finds the command's module, runs it, turns errors into exit codes.
// Modules are imported lazily so `trama extract` never loads the Neo4j driver or Vite.

interface CommandModule {
  run(argv: string[]): Promise<number>;
  /** Full help text; commands without one get their line of the table below. */
  usage?: string;
}

interface Command {
  summary: string;
  usage: string;
  load(): Promise<CommandModule>;
}

const COMMANDS: Record<string, Command> = {
  extract: {
    summary: "print one extraction record (JSON Lines) per article",
    usage: "trama extract [FILES|DIRS...] [--format jsonl] [--explain] [--date YYYY-MM[-DD]]",
    load: () => import("./extract.ts"),
  },
  build: {
    summary: "extract, merge, lay out and export a corpus graph",
    usage: "trama build [FILES|DIRS...] [--out DIR] [--full]",
    load: () => import("./build.ts"),
  },
  serve: {
    summary: "explore a built graph in the browser",
    usage: "trama serve [DIR] [--port N]",
    load: () => import(/* owned by the viewer engineer */ "./serve.ts" as string) as Promise<CommandModule>,
  },
  export: {
    summary: "write a built graph in another format (GEXF, GraphML, Cypher, Neo4j CSV, triples)",
    usage: "trama export --format FORMAT [--graph DIR/graph.json] [--out FILE|DIR]",
    load: () => import("./export.ts" as string) as Promise<CommandModule>,
  },
  push: {
    summary: "load a built graph into Neo4j over Bolt",
    usage: "trama push --uri bolt://HOST:7687 --user USER --password PASSWORD [--database DB]",
    load: () => import("./push.ts" as string) as Promise<CommandModule>,
  },
  ner: {
    summary: "tag CoNLL tokens with the Italian NER model",
    usage: "trama ner --conll FILE",
    load: () => import("./ner.ts" as string) as Promise<CommandModule>,
  },
};

function mainUsage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    "trama: knowledge graphs from Italian news",
    "",
    "usage: trama <command> [options]",
    "",
    "commands:",
    ...lines,
    "",
    "'trama <command> --help' explains a command's options.",
    "exit codes: 0 ok, 1 failure, 2 usage error, 3 done but some inputs were skipped",
  ].join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? rest[0] : undefined;
    if (topic === undefined) {
      process.stdout.write(`${mainUsage()}\n`);
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    return main([topic, "--help"]);
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    process.stderr.write(`trama: unknown command '${name}'\n\n${mainUsage()}\n`);
    return EXIT.usage;
  }
  try {
    if (rest.includes("--help") || rest.includes("-h")) {
      const module = await loadCommand(name, command).catch(() => undefined);
      process.stdout.write(`${module?.usage ?? `usage: ${command.usage}\n\n${command.summary}`}\n`);
      return EXIT.ok;
    }
    return await (await loadCommand(name, command)).run(rest);
  } catch (err) {
    return reportError(err);
  }
}

async function loadCommand(name: string, command: Command): Promise<CommandModule> {
  try {
    return await command.load();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_MODULE_NOT_FOUND" && String((err as Error).message).includes(`/cli/${name}.ts`)) {
      throw new TramaError(`trama: the '${name}' command is not part of this build yet; update trama or use another command`);
    }
    throw err;
  }
}

function reportError(err: unknown): number {
  if (err instanceof UsageError) {
    process.stderr.write(`${err.message}\n`);
    return EXIT.usage;
  }
  if (err instanceof TramaError) {
    process.stderr.write(`${err.message}\n`);
    if (process.env.TRAMA_DEBUG) printStack(err);
    return EXIT.failure;
  }
  const detail = err instanceof Error ? err.message : String(err);
  process.stderr.write(
    `trama: internal error: ${detail}; please report it with the command you ran` +
      (process.env.TRAMA_DEBUG ? "" : " (set TRAMA_DEBUG=1 to see the stack)") +
      "\n",
  );
  if (process.env.TRAMA_DEBUG) printStack(err);
  return EXIT.failure;
}

/** The stack of an error and of every cause behind it. */
function printStack(err: unknown): void {
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    process.stderr.write(`${e === err ? "" : "caused by: "}${e.stack ?? e.message}\n`);
  }
}

// A closed pipe (`trama extract | head`) is a normal end, not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(EXIT.ok);
  throw err;
});

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
