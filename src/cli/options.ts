import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "../errors.ts";

// Option helpers shared by the commands, so every command parses, validates and
// explains its options the same way.

/** Exit codes of every command (docs/architecture.md). */
export const EXIT = { ok: 0, failure: 1, usage: 2, skipped: 3 } as const;

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/**
 * node:util parseArgs with its errors turned into UsageError (exit code 2), naming the
 * command so the user knows which --help to read.
 */
export function parseCommandArgs<O extends OptionsConfig>(command: string, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(`trama: ${command}: ${(err as Error).message}; see 'trama ${command} --help'`);
  }
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** Validates a `--date` value: ISO 8601 year-month, or year-month-day. */
export function parseDateOption(command: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!ISO_DATE.test(value)) {
    throw new UsageError(`trama: ${command}: --date '${value}' is not a date; write it as YYYY-MM or YYYY-MM-DD`);
  }
  return value;
}

/** Checks that an option's value is one of the allowed choices. */
export function parseChoice<T extends string>(
  command: string,
  option: string,
  value: string | undefined,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`trama: ${command}: --${option} '${value}' is not supported; use one of ${choices.join(", ")}`);
  }
  return value as T;
}

/** Inputs from the positionals, or the given default when none were named. */
export function inputsOrDefault(positionals: string[], fallback: string): string[] {
  return positionals.length > 0 ? positionals : [fallback];
}

/** Validates `--workers`: a whole number of threads, 1 or more. */
export function parseWorkers(command: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new UsageError(`trama: ${command}: --workers '${value}' is not a number of threads; give a whole number, 1 or more`);
  }
  return n;
}

/** Validates `--max-bytes`: the size above which an input file is refused. */
export function parseMaxBytes(command: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new UsageError(`trama: ${command}: --max-bytes '${value}' is not a size; give a whole number of bytes, e.g. 50000000`);
  }
  return n;
}
