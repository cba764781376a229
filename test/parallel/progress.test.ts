import assert from "node:assert/strict";
import { createProgress, progressLine } from "../../src/cli/progress.ts";

function fakeStream(isTTY: boolean) {
  const chunks: string[] = [];
  return { stream: { isTTY, columns: 100, write: (c: string) => chunks.push(c) }, chunks };
}

describe("progress bar", () => {
  it("writes nothing when standard error is not a terminal", () => {
    const { stream, chunks } = fakeStream(false);
    const progress = createProgress({ total: 10, label: "extract", stream });
    for (let i = 1; i <= 10; i++) progress.update(i);
    progress.finish();
    assert.equal(chunks.length, 0);
  });

  it("draws on a terminal, throttled, always drawing the last update, and clears at the end", () => {
    const { stream, chunks } = fakeStream(true);
    let clock = 0;
    const progress = createProgress({ total: 100, label: "extract", stream, interval: 100, now: () => clock });
    for (let i = 1; i <= 100; i++) {
      clock += 10;
      progress.update(i);
    }
    assert.ok(chunks.length >= 10 && chunks.length <= 12, `${chunks.length} redraws`);
    assert.match(chunks.at(-1)!, /100\/100 100%/);
    progress.finish();
    assert.equal(chunks.at(-1), "\r\x1b[K");
  });

  it("shows count, percentage, rate and time left", () => {
    const line = progressLine("extract", "articles", 250, 1000, { done: 250, seconds: 0.5 }, 100);
    assert.match(line, /^extract \[=+ +\] 250\/1000  25% 500 articles\/s ETA 2s$/);
  });

  it("does not guess a rate or time left from under half a second", () => {
    assert.match(progressLine("extract", "articles", 7, 10, { done: 7, seconds: 0.001 }, 80), / \? articles\/s ETA \?$/);
  });

  it("measures the rate from the first update, not from when the bar was made", () => {
    const { stream, chunks } = fakeStream(true);
    let clock = 0;
    const progress = createProgress({ total: 1000, label: "extract", stream, interval: 0, now: () => clock });
    clock = 5000; // start-up before the first result
    progress.update(100);
    clock = 6000;
    progress.update(200);
    assert.match(chunks.at(-1)!, / 100 articles\/s ETA 8s/);
  });
});
