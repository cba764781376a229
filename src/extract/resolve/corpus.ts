import type { Entity, Mention, Relation } from "../../types.ts";
import type { ArticleExtraction } from "../record.ts";
import { entryById, slugify } from "../../nlp/it/gazetteer/index.ts";
import { personWords, sameFullName } from "./person-names.ts";

// Across articles the same person gets the same id: full names that are spellings of one
// another (Zelenskyj, Zelensky) become one person named by the fullest, most used form;
// a one-word name ("Kim") joins a full name only when exactly one full name in the whole
// corpus fits it; two different first names with one surname stay two people.

interface Cluster {
  forms: Map<string, number>;
  words: string[][];
  parent?: Cluster;
}

function root(c: Cluster): Cluster {
  while (c.parent) c = c.parent;
  return c;
}

export function resolveCorpus(extractions: ArticleExtraction[]): ArticleExtraction[] {
  // Full names, clustered by spelling across the corpus. Names that can be one person
  // share their first and last word, so candidates are looked up by that pair.
  const clusters: Cluster[] = [];
  const byEnds = new Map<string, Cluster[]>();
  const clusterOf = new Map<Entity, Cluster>();
  for (const x of extractions) {
    for (const e of x.entities) {
      if (e.type !== "PERSON") continue;
      const words = personWords(e.name);
      if (words.length < 2) continue;
      const ends = `${words[0]}|${words[words.length - 1]}`;
      const near = byEnds.get(ends) ?? [];
      const matching = [...new Set(near.filter((c) => c.words.some((w) => sameFullName(w, words))).map(root))];
      let c = matching[0];
      if (!c) {
        c = { forms: new Map(), words: [] };
        clusters.push(c);
      }
      for (const other of matching.slice(1)) if (root(other) !== c) root(other).parent = c;
      c.words.push(words);
      c.forms.set(e.name, (c.forms.get(e.name) ?? 0) + e.mentions.length + 1);
      if (!near.includes(c)) byEnds.set(ends, [...near, c]);
      clusterOf.set(e, c);
    }
  }
  // Fold merged clusters into their roots.
  for (const c of clusters) {
    const r = root(c);
    if (r === c) continue;
    r.words.push(...c.words);
    for (const [f, n] of c.forms) r.forms.set(f, (r.forms.get(f) ?? 0) + n);
  }
  const roots = [...new Set(clusters.map(root))];
  const canonical = new Map<Cluster, string>();
  const byLast = new Map<string, Set<Cluster>>();
  const byFirst = new Map<string, Set<Cluster>>();
  for (const c of roots) {
    const best = [...c.forms].sort((a, b) => personWords(b[0]).length - personWords(a[0]).length || b[1] - a[1])[0]![0];
    canonical.set(c, best);
    for (const ws of c.words) {
      byLast.set(ws[ws.length - 1]!, (byLast.get(ws[ws.length - 1]!) ?? new Set()).add(c));
      byFirst.set(ws[0]!, (byFirst.get(ws[0]!) ?? new Set()).add(c));
    }
  }

  return extractions.map((x) => {
    const rename = new Map<string, { id: string; name: string; why: string }>();
    for (const e of x.entities) {
      if (e.type !== "PERSON") continue;
      const c = clusterOf.get(e);
      if (c) {
        const name = canonical.get(root(c))!;
        const id = personId(name);
        if (id !== e.id || name !== e.name) rename.set(e.id, { id, name, why: `${e.name} is spelled ${name} across the corpus` });
        continue;
      }
      const words = personWords(e.name);
      if (words.length !== 1) continue;
      const w = words[0]!;
      const fits = [...(byLast.get(w) ?? byFirst.get(w) ?? [])];
      if (fits.length !== 1) continue;
      const name = canonical.get(fits[0]!)!;
      rename.set(e.id, { id: personId(name), name, why: `"${e.name}" is ${name}, the only full name in the corpus it fits` });
    }
    return rename.size === 0 ? x : renameEntities(x, rename);
  });
}

/** A person's id, kept apart from a listed place or organisation of the same name. */
function personId(name: string): string {
  const id = slugify(name);
  return entryById(id) ? `${id}-person` : id;
}

function renameEntities(x: ArticleExtraction, rename: Map<string, { id: string; name: string; why: string }>): ArticleExtraction {
  const to = (id: string | undefined) => (id === undefined ? undefined : (rename.get(id)?.id ?? id));
  const mentions: Mention[] = x.mentions.map((m) => {
    const out = { ...m };
    if (m.entity !== undefined) out.entity = to(m.entity)!;
    if (m.actor !== undefined) out.actor = to(m.actor)!;
    return out;
  });
  const byId = new Map<string, Entity>();
  for (const e of x.entities) {
    const r = rename.get(e.id);
    const id = r?.id ?? e.id;
    const notes = r ? [...e.provenance, { by: "resolve:corpus", why: r.why }] : e.provenance;
    const seen = byId.get(id);
    if (seen) {
      for (const a of e.aliases) if (!seen.aliases.includes(a)) seen.aliases.push(a);
      seen.provenance.push(...notes);
      seen.mentions.push(...e.mentions);
      continue;
    }
    byId.set(id, { ...e, id, name: r?.name ?? e.name, aliases: [...e.aliases], provenance: [...notes], mentions: [...e.mentions] });
  }
  const mentionMap = new Map(x.mentions.map((m, i) => [m, mentions[i]!]));
  for (const e of byId.values()) e.mentions = e.mentions.map((m) => mentionMap.get(m) ?? { ...m, entity: to(m.entity)! });
  const relations: Relation[] = x.relations.map((r) => {
    const out: Relation = { ...r, subject: to(r.subject)!, object: to(r.object)! };
    if (r.place !== undefined) out.place = to(r.place)!;
    if (r.attribution !== undefined) out.attribution = to(r.attribution)!;
    return out;
  });
  return { ...x, entities: [...byId.values()], mentions, relations };
}
