// Cypher literals for the import script. The script inlines its data (cypher-shell has
// no safe way to pass large parameters from a file), so this escaping is what keeps a
// name like `x'}) DETACH DELETE n //` data. Three readers must agree on where a string ends:
// - cypher-shell's statement splitter, which tracks quotes and treats `\` as escaping
//   the next character;
// - Neo4j's JavaCC parser (4.x/5.x), whose CypherCharStream turns `\uXXXX` into the
//   character BEFORE lexing, like javac: `\u0027` would close the string. So `'` and `\`
//   are only ever written as `\'` and `\\`, never as \u escapes;
// - the ANTLR parser of newer versions, where \uXXXX is an ordinary string escape.
// Other characters a terminal would hide or that reorder text (controls, line and
// paragraph separators, bidi marks, BOM) are written as \uXXXX so the script shows them;
// lone surrogates, which no UTF-8 file can carry, become U+FFFD.

const NAMED: Record<string, string> = {
  "\\": "\\\\",
  "'": "\\'",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

const NEEDS_ESCAPE = /[\\'\u0000-\u001F\u007F-\u009F\u200E\u200F\u2028-\u202E\u2066-\u2069\uFEFF]|[\uD800-\uDFFF]/gu;

function escapeChar(c: string): string {
  const named = NAMED[c];
  if (named !== undefined) return named;
  const code = c.codePointAt(0)!;
  if (code >= 0xd800 && code <= 0xdfff) return "\uFFFD";
  return `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

export function cypherString(value: string): string {
  return `'${value.replace(NEEDS_ESCAPE, escapeChar)}'`;
}

export type CypherValue = string | number | boolean | null | undefined | readonly CypherValue[] | { readonly [key: string]: CypherValue };

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A Cypher literal for a JSON-like value. Map keys are ours (row field names) and must be plain identifiers. */
export function cypherLiteral(value: CypherValue): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return cypherString(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(", ")}]`;
  const entries = Object.entries(value as { readonly [key: string]: CypherValue });
  return `{${entries
    .map(([key, v]) => {
      if (!IDENTIFIER.test(key)) throw new Error(`cypherLiteral: map key '${key}' is not a plain identifier`);
      return `${key}: ${cypherLiteral(v)}`;
    })
    .join(", ")}}`;
}
