// Typed errors. Every message starts with "trama:" and says how to fix the problem,
// because it is what a user reads at the terminal.

export class TramaError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message.startsWith("trama:") ? message : `trama: ${message}`, options);
    this.name = new.target.name;
  }
}

/** A setting has a value its type cannot rule out; `setting` names it. */
export class SettingsError extends TramaError {
  constructor(
    readonly setting: string,
    problem: string,
    fix: string,
  ) {
    super(`trama: setting '${setting}' ${problem}; ${fix}`);
  }
}

/** An input file (or a line of one) cannot be read as an article. The run goes on without it. */
export class InputError extends TramaError {
  constructor(
    readonly file: string,
    problem: string,
    fix: string,
    readonly line?: number,
  ) {
    super(`trama: ${line === undefined ? file : `${file}:${line}`}: ${problem}; ${fix}`);
  }
}

/** The command line is wrong. */
export class UsageError extends TramaError {}

/** A file trama wrote earlier (graph.json, a model) is missing or malformed. */
export class DataError extends TramaError {}
