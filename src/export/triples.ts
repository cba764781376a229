import type { CorpusGraph } from "../graph/corpus-graph.ts";
import { articleDate, evidenceDate, sortedEdges } from "./graph-view.ts";
import { toCsv, type CsvValue } from "./csv.ts";

// Triples, one row per piece of EVIDENCE (not per relation): a relation seen in three
// sentences gives three rows with the same subject, type and object, each with its own
// sentence, article, date and modality. That is what a reader checks a claim against;
// group by subject/type/object for one row per relation.

export interface TripleRow {
  subject: string;
  subject_name: string;
  subject_type: string;
  type: string;
  object: string;
  object_name: string;
  object_type: string;
  /** How this sentence holds the fact. */
  modality: string;
  /** When it happened: the event date, else the article's date ("" when unknown). */
  date: string;
  article: string;
  article_date: string;
  sentence: string;
  start: number;
  end: number;
  confidence: number;
  attribution: string;
  /** The relation's SUPPLIED items / HOLDS_ROLE titles (joined by "; " in the CSV). */
  items: string[];
  titles: string[];
}

export const TRIPLE_COLUMNS: ReadonlyArray<keyof TripleRow> = [
  "subject",
  "subject_name",
  "subject_type",
  "type",
  "object",
  "object_name",
  "object_type",
  "modality",
  "date",
  "article",
  "article_date",
  "sentence",
  "start",
  "end",
  "confidence",
  "attribution",
  "items",
  "titles",
];

export function tripleRows(graph: CorpusGraph): TripleRow[] {
  const rows: TripleRow[] = [];
  for (const { source, target, attributes: a } of sortedEdges(graph)) {
    const s = graph.getNodeAttributes(source);
    const o = graph.getNodeAttributes(target);
    for (const e of a.evidence) {
      rows.push({
        subject: source,
        subject_name: s.label,
        subject_type: s.type,
        type: a.type,
        object: target,
        object_name: o.label,
        object_type: o.type,
        modality: e.modality,
        date: evidenceDate(graph, e) ?? "",
        article: e.article,
        article_date: articleDate(graph, e.article) ?? e.articleDate ?? "",
        sentence: e.sentence,
        start: e.start,
        end: e.end,
        confidence: e.confidence,
        attribution: e.attribution ?? "",
        items: a.items ?? [],
        titles: a.titles ?? [],
      });
    }
  }
  return rows;
}

export function toTriplesCsv(graph: CorpusGraph): string {
  return toCsv(
    TRIPLE_COLUMNS,
    tripleRows(graph).map((row) => TRIPLE_COLUMNS.map((c): CsvValue => {
      const value = row[c];
      return Array.isArray(value) ? value.join("; ") : value;
    })),
  );
}

export function toTriplesJsonl(graph: CorpusGraph): string {
  return tripleRows(graph)
    .map((row) => `${JSON.stringify(row)}\n`)
    .join("");
}
