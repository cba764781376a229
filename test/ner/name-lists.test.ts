import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { commonWordClasses, worldPlaces } from "../../scripts/ner/name-lists.ts";

const dir = mkdtempSync(join(tmpdir(), "trama-lists-"));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("ner name lists", () => {
  const places = write(
    "places.tsv",
    ["Borgo Valdoria\t1200\tIT", "Pontelungo\t45000\tIT", "Kessburg\t310000\tDE", "Grand Orvane\t2500000\tFR", "Hamlet Tiny\t900\tGB", ""].join("\n"),
  );
  const labelOf = (data: ReturnType<typeof worldPlaces>, name: string) => {
    const k = data.names.indexOf(name);
    return k < 0 ? null : data.labels[data.nameLabels[k]!]!;
  };

  const classes: Array<[string, string]> = [
    ["Borgo Valdoria", "1k-IT"],
    ["Pontelungo", "10k-IT"],
    ["Kessburg", "100k"],
    ["Grand Orvane", "1M"],
  ];
  for (const [name, label] of classes) {
    it(`labels the place ${name} by its population class: ${label}`, () => {
      assert.equal(labelOf(worldPlaces(places, 1000), name), label);
    });
  }

  it("leaves out places below the population threshold", () => {
    const all = worldPlaces(places, 1000);
    assert.equal(labelOf(all, "Hamlet Tiny"), null);
    const large = worldPlaces(places, 100_000);
    assert.deepEqual(large.names, ["Kessburg", "Grand Orvane"]);
    assert.equal(large.code, "place");
  });

  it("reads common-word classes by lower-case word", () => {
    const words = commonWordClasses(write("words.tsv", "bramble\ten35\ncastello\tit5\nstanza\tit20 en35\n"));
    assert.deepEqual(words.get("stanza"), ["it20", "en35"]);
    assert.deepEqual(words.get("bramble"), ["en35"]);
    assert.equal(words.get("Castello"), undefined, "keys are lower-case");
  });
});
