import type { CorpusGraph } from "../../graph/corpus-graph.ts";
import { toCsv, type CsvValue } from "../csv.ts";
import { CONSTRAINTS, cypherBatches, type Row } from "./statements.ts";
import { ENTITY_LABELS } from "./labels.ts";
import type { EntityType } from "../../types.ts";

// CSV files for `neo4j-admin database import full` (an offline bulk load into an empty
// database, much faster than Cypher for big graphs). The rows are the same as the Cypher
// export's (statements.ts), so both loads give the same graph.
//
// Arrays (aliases, sentences…) are joined with U+001F, the ASCII unit separator, passed as
// --array-delimiter: it cannot occur in news text, and it is removed from values, so an
// alias holding ";" or "," stays one element. Fields are RFC 4180 (quotes doubled); sentences
// can hold line breaks, hence --multiline-fields=true.

export const ARRAY_DELIMITER = "\u001F";
export const ARRAY_DELIMITER_OPTION = "U+001F";

export const NEO4J_CSV_FILES = {
  articles: "articles.csv",
  entities: "entities.csv",
  mentions: "mentioned_in.csv",
  relations: "relations.csv",
  readme: "README.md",
} as const;

// The delimiter itself and NUL, which the importer's CSV reader cannot be trusted with.
const UNSAFE = /[\u0000\u001F]/g;

function text(value: CsvValue | readonly string[]): CsvValue {
  if (Array.isArray(value)) return value.map((v) => String(v).replace(UNSAFE, "")).join(ARRAY_DELIMITER);
  return typeof value === "string" ? value.replace(UNSAFE, "") : (value as CsvValue);
}

/** Columns: [header, row field]. Header types follow the neo4j-admin header format. */
type Columns = ReadonlyArray<readonly [string, string]>;

const ARTICLE_COLUMNS: Columns = [
  ["id:ID(Article)", "id"],
  ["date", "date"],
  ["source", "source"],
  ["title", "title"],
];

const ENTITY_COLUMNS: Columns = [
  ["id:ID(Entity)", "id"],
  [":LABEL", "labels"],
  ["name", "name"],
  ["type", "type"],
  ["aliases:string[]", "aliases"],
  ["mentions:int", "mentions"],
  ["articleCount:int", "articleCount"],
  ["firstSeen", "firstSeen"],
  ["lastSeen", "lastSeen"],
  ["x:double", "x"],
  ["y:double", "y"],
  ["size:double", "size"],
];

const MENTION_COLUMNS: Columns = [
  [":START_ID(Entity)", "entity"],
  [":END_ID(Article)", "article"],
  [":TYPE", "type"],
];

const RELATION_COLUMNS: Columns = [
  [":START_ID(Entity)", "subject"],
  [":END_ID(Entity)", "object"],
  [":TYPE", "type"],
  ["symmetric:boolean", "symmetric"],
  ["modality", "modality"],
  ["modalities:string[]", "modalities"],
  ["evidenceCount:int", "evidenceCount"],
  ["articles:string[]", "articles"],
  ["firstDate", "firstDate"],
  ["lastDate", "lastDate"],
  ["confidence:double", "confidence"],
  ["items:string[]", "items"],
  ["titles:string[]", "titles"],
  ["places:string[]", "places"],
  ["attributions:string[]", "attributions"],
  ["former:boolean", "former"],
  ["evidenceSentences:string[]", "evidenceSentences"],
  ["evidenceArticles:string[]", "evidenceArticles"],
  ["evidenceDates:string[]", "evidenceDates"],
  ["evidenceModalities:string[]", "evidenceModalities"],
];

function table(columns: Columns, rows: Row[]): string {
  return toCsv(
    columns.map(([header]) => header),
    rows.map((row) => columns.map(([, field]) => text(row[field] as CsvValue | readonly string[]))),
  );
}

/** The import command, for the README and the docs; `DIR` is where the CSV files are. */
export function neo4jAdminCommand(dir = "."): string {
  const f = (name: string) => `${dir}/${name}`;
  return [
    "neo4j-admin database import full neo4j \\",
    `  --nodes=Article=${f(NEO4J_CSV_FILES.articles)} \\`,
    `  --nodes=Entity=${f(NEO4J_CSV_FILES.entities)} \\`,
    `  --relationships=${f(NEO4J_CSV_FILES.mentions)} \\`,
    `  --relationships=${f(NEO4J_CSV_FILES.relations)} \\`,
    `  --array-delimiter=${ARRAY_DELIMITER_OPTION} --multiline-fields=true --overwrite-destination`,
  ].join("\n");
}

function readme(graph: CorpusGraph): string {
  return `# trama graph for neo4j-admin import

${graph.order} entities, ${graph.size} relations.

Stop the database, then from this directory (Neo4j 5; it replaces the \`neo4j\` database):

\`\`\`sh
${neo4jAdminCommand(".")}
\`\`\`

Arrays are separated by U+001F (hence \`--array-delimiter=${ARRAY_DELIMITER_OPTION}\`); sentences
may span lines (hence \`--multiline-fields=true\`). Every entity has the label \`Entity\` plus
its type labels (Person, Organization, Place:GPE, Place:Location, Event), as in the Cypher export.
Start the database and create the constraints the Cypher export and \`trama push\` rely on:

\`\`\`cypher
${CONSTRAINTS.map((c) => `${c};`).join("\n")}
\`\`\`
`;
}

/** File name → contents: the four CSV files and a README.md with the import command. */
export function toNeo4jCsv(graph: CorpusGraph): Map<string, string> {
  const articles: Row[] = [];
  const entities: Row[] = [];
  const mentions: Row[] = [];
  const relations: Row[] = [];
  // One batch holding everything: the CSV needs the rows, not the statements.
  for (const batch of cypherBatches(graph, { batchSize: Number.MAX_SAFE_INTEGER })) {
    if (batch.what === "articles") articles.push(...batch.rows);
    else if (batch.what.startsWith("entities:")) {
      // Several labels in one :LABEL field are split on the array delimiter too.
      for (const row of batch.rows) entities.push({ ...row, labels: ENTITY_LABELS[row.type as EntityType] });
    } else if (batch.what === "MENTIONED_IN") mentions.push(...batch.rows.map((row) => ({ ...row, type: "MENTIONED_IN" })));
    else relations.push(...batch.rows.map((row) => ({ ...row, type: batch.what })));
  }
  entities.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
  return new Map([
    [NEO4J_CSV_FILES.articles, table(ARTICLE_COLUMNS, articles)],
    [NEO4J_CSV_FILES.entities, table(ENTITY_COLUMNS, entities)],
    [NEO4J_CSV_FILES.mentions, table(MENTION_COLUMNS, mentions)],
    [NEO4J_CSV_FILES.relations, table(RELATION_COLUMNS, relations)],
    [NEO4J_CSV_FILES.readme, readme(graph)],
  ]);
}
