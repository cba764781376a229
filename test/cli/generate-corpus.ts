import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// A corpus of any size for tests that need a build to take a while: each article is a
// seeded draw of sentences from the seed articles plus one sentence of its own with
// invented names, so no two articles are copies of each other.

const SEEDS = new URL("../../seeds/", import.meta.url).pathname;

function seedSentences(): string[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => readFileSync(join(SEEDS, f), "utf8").split(/(?<=[.!?])\s+/))
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => s.length > 40 && !s.startsWith("date "));
}

export function generateCorpus(dir: string, articles: number, sentencesPerArticle = 12): void {
  mkdirSync(dir, { recursive: true });
  const pool = seedSentences();
  let state = 20240601;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
  for (let i = 0; i < articles; i++) {
    const picked = Array.from({ length: sentencesPerArticle }, () => pool[next() % pool.length]);
    const own = `Il sindaco Ottavio Ferrandi${i} ha incontrato a Valdoria${i} la ministra Clelia Arnoldi${i}.`;
    const month = String(1 + (i % 12)).padStart(2, "0");
    writeFileSync(join(dir, `gen-${String(i).padStart(5, "0")}.txt`), `date 2024-${month}\n${own}\n\n${picked.join(" ")}\n`);
  }
}
