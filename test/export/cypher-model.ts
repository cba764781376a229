// Independent models of how Neo4j tools read a Cypher script, used to prove that the
// import script keeps data inside its string literals. Written from the tools' sources
// (cypher-shell's ShellStatementParser, Neo4j's CypherCharStream) and the Cypher manual's
// table of string escapes, not from src/export.

/** Neo4j 4.x/5.x JavaCC front end: `\uXXXX` becomes the character before lexing; `\x` pairs pass through. */
export function javaccPreprocess(query: string): string {
  let out = "";
  for (let i = 0; i < query.length; i++) {
    const c = query[i]!;
    if (c !== "\\") {
      out += c;
      continue;
    }
    const next = query[i + 1];
    if (next === "u") {
      let j = i + 1;
      while (query[j] === "u") j++;
      out += String.fromCharCode(parseInt(query.slice(j, j + 4), 16));
      i = j + 3;
    } else {
      out += c + (next ?? "");
      i += 1;
    }
  }
  return out;
}

const ESCAPES: Record<string, string> = { "\\": "\\", "'": "'", '"': '"', n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" };

export interface Lexed {
  /** The script with every string literal replaced by `?`. */
  structure: string;
  /** Every string literal's value, in order. */
  strings: string[];
}

/** Finds string literals and comments; `unicodeEscapes` says whether \uXXXX is decoded here (ANTLR) or was already (JavaCC). */
export function lexStrings(query: string, unicodeEscapes: boolean): Lexed {
  let structure = "";
  const strings: string[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (c === "/" && query[i + 1] === "/") {
      const end = query.indexOf("\n", i);
      i = end === -1 ? query.length : end;
      continue;
    }
    if (c === "'" || c === '"') {
      let value = "";
      i += 1;
      for (;;) {
        if (i >= query.length) throw new Error("unterminated string literal");
        const d = query[i]!;
        if (d === c) break;
        if (d === "\\") {
          const e = query[i + 1]!;
          if (e === "u" && unicodeEscapes) {
            value += String.fromCharCode(parseInt(query.slice(i + 2, i + 6), 16));
            i += 6;
            continue;
          }
          if (!(e in ESCAPES)) throw new Error(`invalid escape \\${e}`);
          value += ESCAPES[e];
          i += 2;
          continue;
        }
        value += d;
        i += 1;
      }
      i += 1;
      strings.push(value);
      structure += "?";
      continue;
    }
    structure += c;
    i += 1;
  }
  return { structure, strings };
}

/** cypher-shell's statement splitter: `;` outside quotes and comments ends a statement; `\` escapes the next character. */
export function cypherShellStatements(script: string): string[] {
  const statements: string[] = [];
  let current = "";
  let awaiting: string | null = null;
  let skip = false;
  let previous = "";
  for (const c of script) {
    current += c;
    if (skip) {
      skip = false;
    } else if (awaiting === "\n" || awaiting === "*/") {
      if ((awaiting === "\n" && c === "\n") || (awaiting === "*/" && previous === "*" && c === "/")) awaiting = null;
    } else if (c === "\\") {
      skip = true;
    } else if (awaiting !== null) {
      if (c === awaiting) awaiting = null;
    } else if (c === ";") {
      statements.push(current.slice(0, -1).trim());
      current = "";
    } else if (previous === "/" && c === "/") {
      awaiting = "\n";
    } else if (previous === "/" && c === "*") {
      awaiting = "*/";
    } else if (c === "'" || c === '"' || c === "`") {
      awaiting = c;
    }
    previous = c;
  }
  if (current.trim() !== "") statements.push(current.trim());
  return statements;
}
