import { readFileSync } from "node:fs";

// Summarises a V8 .cpuprofile (node --cpu-prof): self time per function, hottest first.
//   node --import tsx bench/profile-summary.ts FILE.cpuprofile [TOP]

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export function selfTimes(profile: Profile): Array<{ name: string; ms: number; share: number }> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  let all = 0;
  // timeDeltas[i] is the time *before* sample i, so sample i lasts timeDeltas[i + 1] (as
  // Chrome DevTools reads it). Crediting timeDeltas[i] to sample i instead gives the first
  // sample the whole gap between Profiler.start and the first tick: with node:inspector
  // that sample is the inspector's own `dispatch`, seen at 8–15% of a short profile.
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.replace(/^file:\/\/.*?\/(src|node_modules|bench|scripts)\//, "$1/");
    const name = `${functionName || "(anonymous)"} ${file}:${lineNumber + 1}`;
    const delta = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    totals.set(name, (totals.get(name) ?? 0) + delta);
    all += delta;
  });
  return [...totals.entries()]
    .map(([name, ms]) => ({ name, ms, share: ms / all }))
    .sort((a, b) => b.ms - a.ms);
}

if (process.argv[1]?.endsWith("profile-summary.ts")) {
  const [path, top = "25"] = process.argv.slice(2);
  if (!path) {
    console.error("usage: node --import tsx bench/profile-summary.ts FILE.cpuprofile [TOP]");
    process.exit(2);
  }
  const rows = selfTimes(JSON.parse(readFileSync(path, "utf8")) as Profile).slice(0, Number(top));
  for (const row of rows) console.log(`${row.ms.toFixed(0).padStart(7)} ms ${(row.share * 100).toFixed(1).padStart(5)}%  ${row.name}`);
}
