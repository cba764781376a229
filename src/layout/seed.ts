// Start positions that depend only on the node id, so the same graph always starts (and
// therefore ends) in the same place whatever order its nodes were inserted in.

/** FNV-1a over the UTF-16 code units of `text`, with a caller-chosen offset basis. */
export function hashString(text: string, basis = 0x811c9dc5): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A point spread uniformly over a disc of `radius`, derived from `id` alone. */
export function hashedPoint(id: string, radius: number): { x: number; y: number } {
  const u = hashString(id) / 0x1_0000_0000;
  const v = hashString(id, 0x9747b28c) / 0x1_0000_0000;
  const r = radius * Math.sqrt(u);
  const angle = 2 * Math.PI * v;
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}
