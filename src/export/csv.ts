// RFC 4180 CSV: CRLF between records, fields quoted when they hold a comma, a quote or
// a line break, quotes doubled inside. Shared by the triples and Neo4j CSV exports.

export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const out = [csvRow(header)];
  for (const row of rows) out.push(csvRow(row));
  return out.join("");
}
