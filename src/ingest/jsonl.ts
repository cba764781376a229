import { InputError } from "../errors.ts";

// JSON Lines input: one article per line, {"id", "text", "title"?, "date"?, "url"?, "source"?}.
// A bad line is reported with its line number and the other lines go on. Blank lines are skipped.

export interface JsonlEntry {
  line: number;
  id: string;
  text: string;
  title?: string;
  date?: string;
  url?: string;
  outlet?: string;
}

const OPTIONAL_FIELDS = ["title", "date", "url", "source"] as const;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?/;

export function parseJsonl(content: string, file: string): { entries: JsonlEntry[]; problems: InputError[] } {
  const entries: JsonlEntry[] = [];
  const problems: InputError[] = [];
  let line = 0;
  for (const raw of content.split("\n")) {
    line++;
    if (raw.trim() === "") continue;
    const fail = (problem: string, fix: string) => problems.push(new InputError(file, problem, fix, line));
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      fail(`is not valid JSON (${(err as Error).message})`, "write one JSON object per line");
      continue;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      fail("is not a JSON object", 'write one object per line, e.g. {"id": "a1", "text": "…"}');
      continue;
    }
    const record = value as Record<string, unknown>;
    const id = typeof record.id === "number" ? String(record.id) : record.id;
    if (typeof id !== "string" || id.trim() === "") {
      fail("has no 'id' (a non-empty string)", 'add "id": "…" to the line');
      continue;
    }
    if (typeof record.text !== "string" || record.text.trim() === "") {
      fail("has no 'text' (a non-empty string)", 'add "text": "…" with the article text');
      continue;
    }
    const wrong = OPTIONAL_FIELDS.find((f) => record[f] !== undefined && record[f] !== null && typeof record[f] !== "string");
    if (wrong !== undefined) {
      fail(`has a '${wrong}' that is not a string`, `make '${wrong}' a string or leave it out`);
      continue;
    }
    const entry: JsonlEntry = { line, id, text: record.text };
    if (typeof record.title === "string" && record.title.trim() !== "") entry.title = record.title.trim();
    if (typeof record.url === "string" && record.url.trim() !== "") entry.url = record.url.trim();
    if (typeof record.source === "string" && record.source.trim() !== "") entry.outlet = record.source.trim();
    if (typeof record.date === "string" && record.date.trim() !== "") {
      const date = ISO_DATE.exec(record.date.trim());
      if (date === null) {
        fail(`has a 'date' that is not ISO 8601 ('${record.date}')`, "write it as YYYY, YYYY-MM or YYYY-MM-DD");
        continue;
      }
      entry.date = date[0];
    }
    entries.push(entry);
  }
  return { entries, problems };
}
