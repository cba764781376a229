import type { ArticleExtraction, TramaRecord } from "../extract/record.ts";
import type { Mention, Provenance } from "../types.ts";

// `trama extract --explain`: the record of one article told for a human — where each
// entity was mentioned and how it was recognised and resolved; for each relation, the
// sentence, the cue, the rule, and why each argument was chosen. Everything printed
// comes from the provenance the stages recorded; nothing is reconstructed here.

export function formatExplanation(x: ArticleExtraction, record: TramaRecord): string {
  const { article } = x;
  const lines: string[] = [];
  lines.push(`━━ ${article.id}  (${article.source}${article.date ? `, dated ${article.date}` : ", no date"})`);
  lines.push("");
  lines.push(`Entities (${record.entities.length})`);
  const entities = new Map(x.entities.map((e) => [e.id, e]));
  for (const re of record.entities) {
    const entity = entities.get(re.id);
    const aliases = re.aliases.filter((a) => a !== re.name);
    lines.push(`  ${re.id}  ${re.type}  "${re.name}"${aliases.length > 0 ? `  aka ${aliases.map((a) => `"${a}"`).join(", ")}` : ""}`);
    for (const p of entity?.provenance ?? []) lines.push(`    resolved: ${provenance(p)}`);
    const mentions = mentionsOf(x, re.id);
    for (const [form, found] of groupBy(mentions, (m) => `"${m.text}" ${m.kind}${m.entity === re.id ? "" : " (as actor)"}`)) {
      lines.push(`    mention ${form} ×${found.length}, sentences ${[...new Set(found.map((m) => m.sentence + 1))].join(", ")}`);
    }
    for (const [why, found] of groupBy(mentions.flatMap((m) => m.provenance), provenance)) {
      lines.push(`    recognised: ${why}${found.length > 1 ? ` (×${found.length})` : ""}`);
    }
  }
  lines.push("");
  lines.push(`Relations (${record.relations.length})`);
  const relations = new Map(x.relations.map((r) => [relationKey(r), r]));
  for (const rr of record.relations) {
    const details = [rr.modality, rr.date, rr.place && `at ${rr.place}`, rr.item && `item "${rr.item}"`, rr.title && `title "${rr.title}"`, rr.former && "former", rr.attribution && `according to ${rr.attribution}`, `confidence ${rr.confidence}`]
      .filter(Boolean)
      .join(", ");
    lines.push(`  ${rr.subject} —${rr.type}→ ${rr.object}  [${details}]`);
    for (const e of rr.evidence) lines.push(`    “${e.sentence.replace(/\s+/g, " ").trim()}” (${e.start}–${e.end})`);
    if (rr.cue !== undefined) lines.push(`    cue: "${rr.cue}"`);
    for (const p of relations.get(relationKey(rr))?.provenance ?? []) lines.push(`    ${provenance(p)}`);
  }
  lines.push("");
  return lines.join("\n");
}

function mentionsOf(x: ArticleExtraction, id: string): Mention[] {
  return x.mentions.filter((m) => m.entity === id || m.actor === id).sort((a, b) => a.start - b.start);
}

/** Groups in first-seen order. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

function provenance(p: Provenance): string {
  return p.why ? `${p.by}: ${p.why}` : p.by;
}

function relationKey(r: { subject: string; type: string; object: string; modality: string; evidence: Array<{ start: number }> }): string {
  return `${r.subject}|${r.type}|${r.object}|${r.modality}|${Math.min(...r.evidence.map((e) => e.start))}`;
}
