import { stripXmlForbidden, xmlAttribute } from "./xml.ts";

// Small value formats shared by the exporters.

/**
 * A list as one attribute value, `["a", "b \"c\""]`: JSON array syntax, which both
 * graphology-gexf and Gephi parse back into a list (a bracketed list of quoted,
 * backslash-escaped items), and which stays unambiguous when items hold commas.
 */
export function listValue(values: readonly string[]): string {
  return JSON.stringify(values.map(stripXmlForbidden));
}

// An item JSON and XML would both leave as it is: no quote, backslash, markup character,
// control character or surrogate (emoji take the slow path, which handles them).
const PLAIN_ITEM = /^[^"\\&<>\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]*$/;

/** xmlAttribute(listValue(values)), without building the JSON for the common plain items. */
export function listAttribute(values: readonly string[]): string {
  let out = "[";
  for (let i = 0; i < values.length; i++) {
    const item = values[i]!;
    if (i > 0) out += ",";
    out += PLAIN_ITEM.test(item) ? `&quot;${item}&quot;` : xmlAttribute(listValue([item]).slice(1, -1));
  }
  return `${out}]`;
}

export function hexToRgb(hex: string): { r: number; g: number; b: number } {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (m === null) return { r: 153, g: 153, b: 153 };
  return { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16) };
}
