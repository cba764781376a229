// Wall and CPU time of one piece of work. CPU time (all threads of this process) is
// what the work cost; wall time is what a user waits, and on a shared machine it grows
// with everyone else's load, so the bench prints both.

export interface Timing {
  wallSeconds: number;
  cpuSeconds: number;
}

export async function timed<T>(work: () => T | Promise<T>): Promise<{ result: T } & Timing> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return { result, wallSeconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

/** Peak resident set size of this process so far, in MB (includes worker threads). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
