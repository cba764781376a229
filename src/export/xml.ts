// Escaping for the XML exports (GEXF, GraphML). Documents are built as strings, not
// through a DOM, so every piece of data goes through one of these.

// XML 1.0 allows only Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
// [#x10000-#x10FFFF]. Anything else (NUL, other C0 controls, lone surrogates,
// U+FFFE/U+FFFF) makes the file unreadable, and no escape can carry it, so it is dropped.
const ALLOWED = "\\t\\n\\r\\u0020-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}";
const FORBIDDEN = new RegExp(`[^${ALLOWED}]`, "gu");
const HAS_FORBIDDEN = new RegExp(`[^${ALLOWED}]`, "u");

// Most values need no change at all; one test finds those without allocating.
const NEEDS_ATTRIBUTE_WORK = new RegExp(`[&<>"\\t\\n\\r]|[^${ALLOWED}]`, "u");
const NEEDS_TEXT_WORK = new RegExp(`[&<>\\r]|[^${ALLOWED}]`, "u");

export function stripXmlForbidden(text: string): string {
  return HAS_FORBIDDEN.test(text) ? text.replace(FORBIDDEN, "") : text;
}

/** A value for a double-quoted attribute. */
export function xmlAttribute(value: string): string {
  if (!NEEDS_ATTRIBUTE_WORK.test(value)) return value;
  // Chained literal replacements: much faster in V8 than one regex with a callback.
  let out = stripXmlForbidden(value).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
  // Attribute-value normalisation turns raw tabs and line breaks into spaces;
  // character references survive it.
  if (/[\t\n\r]/.test(out)) out = out.replaceAll("\t", "&#9;").replaceAll("\n", "&#10;").replaceAll("\r", "&#13;");
  return out;
}

/** Character data between tags. */
export function xmlText(value: string): string {
  if (!NEEDS_TEXT_WORK.test(value)) return value;
  // \r is escaped because parsers fold raw CR and CRLF into LF.
  return stripXmlForbidden(value).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll("\r", "&#13;");
}
