// Escaping for the XML exports (GEXF, GraphML). Strings are built by hand with
// arrays and join for speed, so every piece of data goes through one of these.

// XML 1.0 allows only Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
// [#x10000-#x10FFFF]. Anything else (NUL, other C0 controls, lone surrogates,
// U+FFFE/U+FFFF) makes the file unreadable, and no escape can carry it, so it is dropped.
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripXmlForbidden(text: string): string {
  return text.replace(FORBIDDEN, "");
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  // Attribute-value normalisation turns raw tabs and line breaks into spaces;
  // character references survive it.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** A value for a double-quoted attribute. */
export function xmlAttribute(value: string): string {
  return stripXmlForbidden(value).replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/** Character data between tags. */
export function xmlText(value: string): string {
  // \r is escaped because parsers fold raw CR and CRLF into LF.
  return stripXmlForbidden(value).replace(/[&<>\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}
