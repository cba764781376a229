// The types every stage shares. Data flows one way:
//   ingest → Article → nlp → Doc → ner → Mention[] → resolve → Entity[]
//   → relate → Relation[] = ExtractionRecord → graph → CorpusGraph → export / serve
// A stage imports the types of the stages before it, never after.

/** Entity types of ../shared/spec/ontology.md. */
export const ENTITY_TYPES = ["PERSON", "ORG", "GPE", "LOC", "EVENT"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Relation types of ../shared/spec/ontology.md: events first, then states. */
export const EVENT_RELATION_TYPES = [
  "MET",
  "VISITED",
  "NEGOTIATED_WITH",
  "AGREED_WITH",
  "COOPERATED_WITH",
  "SENT_TROOPS_TO",
  "SUPPLIED",
  "REQUESTED",
  "SUPPORTED",
  "CRITICIZED",
  "THREATENED",
  "SANCTIONED",
  "ATTACKED",
  "PRAISED",
] as const;
export const STATE_RELATION_TYPES = ["HOLDS_ROLE", "LOCATED_IN", "BASED_IN"] as const;
export const RELATION_TYPES = [...EVENT_RELATION_TYPES, ...STATE_RELATION_TYPES] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
/** Symmetric types are stored once, subject = the first named. */
export const SYMMETRIC_RELATION_TYPES: ReadonlySet<RelationType> = new Set([
  "MET",
  "NEGOTIATED_WITH",
  "AGREED_WITH",
  "COOPERATED_WITH",
]);

export const MODALITIES = ["asserted", "planned", "possible", "negated"] as const;
export type Modality = (typeof MODALITIES)[number];

/** A half-open range of UTF-16 offsets into Article.text. */
export interface Span {
  start: number;
  end: number;
}

/** Why a span of the file is not content (kept so offsets stay true to the file). */
export type MaskReason = "date-marker" | "furniture" | "markup";

export interface Article {
  /** File base name without extension (or the `id` field of a JSONL line). */
  id: string;
  /** Where it came from: a path, `path:line` for JSONL, or `-` for stdin. */
  source: string;
  /** The text as read from the file (decoded, BOM removed). Evidence offsets index this. */
  text: string;
  /** Ranges of `text` the extractor must not read: date marker, page furniture. */
  masked: Array<Span & { reason: MaskReason }>;
  /** ISO 8601 date, as precise as known ("2023-09", "2025-03-27"). */
  date?: string;
  title?: string;
  url?: string;
  /** Name of the outlet, when the input says it. */
  outlet?: string;
  /** The encoding the bytes were decoded from ("utf-8", "latin1"). */
  encoding: string;
  /** sha256 of the decoded text, for incremental builds and duplicate detection. */
  hash: string;
}

export interface Token extends Span {
  /** The surface form, exactly `text.slice(start, end)`. */
  text: string;
  /** Index of the token within its sentence. */
  index: number;
}

export interface Sentence extends Span {
  /** Index of the sentence within the article. */
  index: number;
  text: string;
  tokens: Token[];
}

/** An article after tokenisation and sentence splitting. */
export interface Doc {
  article: Article;
  sentences: Sentence[];
}

/** How a mention was found: which model, gazetteer or rule. Printed by --explain. */
export interface Provenance {
  /** e.g. "ner:perceptron", "gazetteer:countries", "rule:demonym-actor", "resolve:surname". */
  by: string;
  /** Human-readable reason, e.g. "surname of Vladimir Putin, the only Putin in the article". */
  why?: string;
}

export type MentionKind =
  /** A proper name: "Vladimir Putin", "Corea del Nord". */
  | "name"
  /** A nationality adjective or noun standing for a state: "nordcoreani". */
  | "demonym"
  /** A role phrase naming one person or body: "il ministro degli Esteri russo". */
  | "role"
  /** A pronoun or dropped subject carried over. */
  | "anaphor";

export interface Mention extends Span {
  text: string;
  type: EntityType;
  kind: MentionKind;
  /** Sentence index in the Doc. */
  sentence: number;
  /** Token range [tokenStart, tokenEnd) within that sentence. */
  tokenStart: number;
  tokenEnd: number;
  /** Set by resolution: the corpus-wide entity id this mention refers to. */
  entity?: string;
  /**
   * Set by resolution for metonyms: the entity this mention stands for when it is the
   * actor of a relation (Mosca, Cremlino → russia). As a place it stays `entity`.
   */
  actor?: string;
  provenance: Provenance[];
  /** Model or rule confidence in [0, 1]. */
  score?: number;
}

export interface Entity {
  /** Corpus-wide stable id: a slug of the canonical name ("kim-jong-un"). */
  id: string;
  name: string;
  type: EntityType;
  /** Every surface form that referred to it in the article (distinct, first-seen order). */
  aliases: string[];
  mentions: Mention[];
  provenance: Provenance[];
}

export interface Evidence extends Span {
  /** Article id. */
  article: string;
  /** The sentence text, exactly Article.text.slice(start, end). */
  sentence: string;
  sentenceIndex: number;
}

export interface Relation {
  subject: string;
  type: RelationType;
  object: string;
  /** Events carry modality; states are "asserted". */
  modality: Modality;
  /** ISO 8601, as precise as known. */
  date?: string;
  /** Entity id of where it happened. */
  place?: string;
  /** What was supplied (SUPPLIED). */
  item?: string;
  /** Role title (HOLDS_ROLE). */
  title?: string;
  /** A former role ("ex", "l'allora"). */
  former?: boolean;
  /** Entity id of who claims it. */
  attribution?: string;
  evidence: Evidence[];
  confidence: number;
  /** Which rule fired, the cue it matched, and why each argument was chosen. */
  provenance: Provenance[];
  cue?: string;
}

/**
 * The JSON Lines record of ../shared/spec/extraction-record.md, one per article.
 * Fields of the spec may never be renamed; `explain` data is only printed with --explain.
 */
export interface ExtractionRecord {
  doc: string;
  date?: string;
  source?: string;
  entities: Array<Pick<Entity, "id" | "name" | "type" | "aliases"> & { mentions?: Array<Span & { text: string }> }>;
  relations: Array<Omit<Relation, "provenance" | "evidence"> & { evidence: Array<Span & { sentence: string }> }>;
}

// ── Corpus graph attributes (graphology). The serialised graph (graph.json) is what the
// viewer and every exporter read; keep these flat and JSON-safe. ──

export interface NodeAttributes {
  label: string;
  type: EntityType;
  aliases: string[];
  /** Number of mentions across the corpus. */
  mentions: number;
  /** Article ids it is mentioned in, sorted. */
  articles: string[];
  /** Earliest and latest article date it is mentioned in (ISO), when known. */
  firstSeen?: string;
  lastSeen?: string;
  /** Layout position (ForceAtlas2) and display size. */
  x: number;
  y: number;
  size: number;
}

export interface EdgeEvidence extends Evidence {
  modality: Modality;
  date?: string;
  articleDate?: string;
  attribution?: string;
  cue?: string;
  rule?: string;
  confidence: number;
}

export interface EdgeAttributes {
  type: RelationType;
  symmetric: boolean;
  /** The modality the corpus holds it with: asserted if any evidence asserts it, else the most common. */
  modality: Modality;
  /** Every modality seen, sorted. */
  modalities: Modality[];
  evidence: EdgeEvidence[];
  /** Article ids, sorted. */
  articles: string[];
  /** Earliest event date (or article date when the event has none). */
  firstDate?: string;
  lastDate?: string;
  /** SUPPLIED items, HOLDS_ROLE titles, places (entity ids), attributions (entity ids): distinct, sorted. */
  items?: string[];
  titles?: string[];
  former?: boolean;
  places?: string[];
  attributions?: string[];
  /** Max confidence over the evidence. */
  confidence: number;
}

export interface GraphAttributes {
  name: string;
  /** trama version that built it. */
  generator: string;
  /** Articles in the corpus: id → date/source/title. */
  articles: Record<
    string,
    {
      date?: string;
      source: string;
      title?: string;
      /** Every file this text came from, when exact or near-identical copies were found. */
      sources?: string[];
      /** Ids of the copies folded into this article (counted once as evidence). */
      copies?: string[];
    }
  >;
}
