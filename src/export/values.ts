import { stripXmlForbidden } from "./xml.ts";

// Small value formats shared by the exporters.

/**
 * A list as one attribute value, `["a", "b \"c\""]`: JSON array syntax, which both
 * graphology-gexf and Gephi parse back into a list (a bracketed list of quoted,
 * backslash-escaped items), and which stays unambiguous when items hold commas.
 */
export function listValue(values: readonly string[]): string {
  return JSON.stringify(values.map(stripXmlForbidden));
}

export function hexToRgb(hex: string): { r: number; g: number; b: number } {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (m === null) return { r: 153, g: 153, b: 153 };
  return { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16) };
}
