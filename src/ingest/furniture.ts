import { readFileSync } from "node:fs";
import type { Span } from "../types.ts";
import { contentLines } from "./lines.ts";

// Page furniture (ad labels, "Leggi anche", share buttons, cookie notices, the site name on
// the first or last line) is masked, never deleted, so offsets stay true to the file.
// Known labels live in furniture.json; the rest are shape rules:
//   - a line of dashes, bullets or stars alone ("-", "* * *");
//   - a few words between dashes ("- Advertisement -"), and a site name glued after it;
//   - a short first or last line that names an outlet ("DayFR Italian");
//   - a short credit or copyright line ("© 2031 Gazzetta", "Foto: Agenzia Velox").

interface FurnitureData {
  labels: string[];
  prefixLabels: string[];
  listLabels: string[];
  boilerplate: Array<{ all: string[]; any: string[] }>;
  creditStarts: string[];
  outletWords: string[];
}

const data = JSON.parse(readFileSync(new URL("./furniture.json", import.meta.url), "utf8")) as FurnitureData;
const LABELS = new Set(data.labels);
const PREFIX_LABELS = [...data.prefixLabels].sort((a, b) => b.length - a.length);
const LIST_LABELS = data.listLabels;
const OUTLET_WORDS = new Set(data.outletWords);

const PUNCTUATION_ONLY = /^[-–—•·*_=~|.\s]+$/;
/** "- Advertisement -" followed by anything; the inner words are at most 40 characters. */
const DASH_ENCLOSED = /^[-–—]\s*([^-–—\n]{1,40})\s*[-–—]/;
const FINAL_PUNCTUATION = /[.!?;:,»”"]$/;
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const DOMAIN = /\b[\p{L}\d-]+\.(it|com|net|org|eu|info|news)\b/iu;

export interface Furniture {
  masked: Span[];
  /** A site name found on the first or last line. */
  outlet?: string;
}

export function findFurniture(text: string): Furniture {
  const masked: Span[] = [];
  let outlet: string | undefined;
  const lines = contentLines(text);
  lines.forEach((line, n) => {
    const raw = text.slice(line.start, line.end);
    const edge = n === 0 || n === lines.length - 1;
    const key = normalise(raw);
    if (PUNCTUATION_ONLY.test(raw) || LABELS.has(key) || isBoilerplate(key) || isCredit(key) || startsWithLabel(key, LIST_LABELS)) {
      masked.push(line);
      return;
    }
    const prefix = startsWithLabel(key, PREFIX_LABELS);
    if (prefix !== undefined) {
      const colon = raw.indexOf(":");
      masked.push({ start: line.start, end: line.start + colon + 1 });
      return;
    }
    const dashed = DASH_ENCLOSED.exec(raw);
    if (dashed !== null && dashed[1]!.trim().split(/\s+/).length <= 3) {
      const rest = raw.slice(dashed[0].length);
      if (rest.trim() === "") masked.push(line);
      else if (isSiteName(rest.trim())) {
        masked.push(line);
        outlet ??= rest.trim();
      } else masked.push({ start: line.start, end: line.start + dashed[0].length });
      return;
    }
    if (edge && isSiteName(raw)) {
      masked.push(line);
      outlet ??= raw;
    }
  });
  return outlet === undefined ? { masked } : { masked, outlet };
}

/** The label `key` starts with, followed by a colon ("related news : …"). */
function startsWithLabel(key: string, labels: readonly string[]): string | undefined {
  return labels.find((label) => key.startsWith(label) && /^\s*:/.test(key.slice(label.length, label.length + 3)));
}

function normalise(line: string): string {
  return line.toLowerCase().replace(/\s+/g, " ").replace(/\s*:$/, "").trim();
}

function isBoilerplate(key: string): boolean {
  if (key.length > 400) return false;
  return data.boilerplate.some((rule) => rule.all.some((w) => key.includes(w)) && rule.any.some((w) => key.includes(w)));
}

/** "© Riproduzione riservata 2031", "Foto: Agenzia Velox": photo credits and copyright lines. */
function isCredit(key: string): boolean {
  return key.length <= 100 && data.creditStarts.some((start) => key.startsWith(start));
}

/** A short line without final punctuation that looks like an outlet's name. */
function isSiteName(line: string): boolean {
  // a title has clauses ("Corea del Nord: ultime notizie"); a site name does not
  if (line.length > 40 || FINAL_PUNCTUATION.test(line) || /[:,;]/.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length > 3) return false;
  if (DOMAIN.test(line) || words.some((w) => OUTLET_WORDS.has(w.toLowerCase()))) return true;
  // a brand spelled with inner capitals ("DayFR", "AgenPress"), alone or nearly
  return words.length <= 2 && words.some((w) => INNER_CAPITAL.test(w));
}
