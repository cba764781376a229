import assert from "node:assert/strict";
import type { ForceGraph } from "../../src/layout/arrays.ts";
import { coarsen } from "../../src/layout/coarsen.ts";
import { layoutQuality } from "../../src/layout/quality.ts";

function graphOf(order: number, links: Array<[number, number]>, place: (i: number) => [number, number]): ForceGraph {
  const mass = new Float64Array(order).fill(1);
  for (const [s, t] of links) {
    mass[s]!++;
    mass[t]!++;
  }
  return {
    x: Float64Array.from({ length: order }, (_, i) => place(i)[0]),
    y: Float64Array.from({ length: order }, (_, i) => place(i)[1]),
    mass,
    linkSource: Int32Array.from(links, ([s]) => s),
    linkTarget: Int32Array.from(links, ([, t]) => t),
    linkWeight: new Float64Array(links.length).fill(1),
  };
}

const path = (n: number) => Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as [number, number]);

describe("layoutQuality", () => {
  it("scores a path drawn on a line as stress-free with every neighbour kept, at any scale", () => {
    for (const scale of [1, 37]) {
      const quality = layoutQuality(graphOf(50, path(50), (i) => [i * scale, 0]));
      assert.ok(quality.stress < 1e-12);
      assert.ok(quality.neighbourhood > 0.99);
    }
  });

  it("scores a scrambled drawing of the same path worse on both measures", () => {
    const scrambled = layoutQuality(graphOf(50, path(50), (i) => [(i * 17) % 50, (i * 31) % 7]));
    assert.ok(scrambled.stress > 0.1);
    assert.ok(scrambled.neighbourhood < 0.5);
  });
});

describe("coarsen", () => {
  it("folds every leaf of a star into its hub, summing masses", () => {
    const star = graphOf(6, [[0, 1], [0, 2], [0, 3], [0, 4], [0, 5]], (i) => [i, i]);
    const { coarse, parent } = coarsen(star);
    assert.equal(coarse.x.length, 1);
    assert.deepEqual([...parent], [0, 0, 0, 0, 0, 0]);
    assert.equal(coarse.mass[0], 6 + 10);
  });

  it("matches pairs along a path and adds up the links between groups", () => {
    const { coarse, parent } = coarsen(graphOf(8, path(8), (i) => [i, 0]));
    assert.ok(coarse.x.length <= 5 && coarse.x.length >= 3, `${coarse.x.length} groups`);
    for (let e = 0; e < coarse.linkSource.length; e++) assert.notEqual(coarse.linkSource[e], coarse.linkTarget[e]);
    const crossing = path(8).filter(([s, t]) => parent[s] !== parent[t]).length;
    assert.equal([...coarse.linkWeight].reduce((a, b) => a + b, 0), crossing);
  });

  it("pairs up unlinked nodes so isolated entities shrink too", () => {
    const { coarse } = coarsen(graphOf(10, [], (i) => [i, 0]));
    assert.equal(coarse.x.length, 5);
  });
});
