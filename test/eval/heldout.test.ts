import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FRESH, HELDOUT, HELDOUT_2, HELDOUT_3, HELDOUT_4, HELDOUT_5, HELDOUT_6, errorsByType, evaluate } from "../../scripts/eval.ts";

// Floors against regressions on news the rules were not written for, not targets.
// Measured 2026-11-21 21:57 UTC with `npm run eval` on committed HEAD d563a08:
//   heldout  relations F1=0.810 P=0.983 R=0.689 | entities F1=0.994 P=1.000 R=0.987 | modality acc=0.985
//   fresh    relations F1=0.479 P=0.885 R=0.329 | entities F1=0.844 P=0.859 R=0.830 | modality acc=1.000
// eval/heldout was fixed against after its error examples were published (it scored
// 0.584 / 0.921 before); eval/heldout/fresh is still unseen. The floors sit about 0.05
// below; raise them when the figures rise for good. eval/heldout-2 (unseen, measured
// 2026-11-21 21:55 UTC on the working tree of the round-2 rules):
//   relations F1=0.651 P=0.889 R=0.514 | entities F1=0.912 P=0.892 R=0.933 | modality acc=0.968
// Raised after the recall round of branch relations-recall (docs/quality.md), measured
// 2026-11-21 ~23:30 UTC: heldout 0.871, fresh 0.602, heldout-2 0.715 relations F1.
// With the retrained NER model (place list, word classes; models/README.md), 23:40 UTC:
// heldout 0.859, fresh 0.615, heldout-2 0.685. eval/heldout-3 (kept outside the repository
// until scored; eval/heldout-3/README.md), same tree:
//   relations F1=0.611 P=0.849 R=0.477 | entities F1=0.857 P=0.847 R=0.868 | modality acc=0.966
// eval/heldout-4 (likewise), after recall round 2, 00:04 UTC:
//   relations F1=0.571 P=0.930 R=0.412 | entities F1=0.821 P=0.833 R=0.810 | modality acc=0.862
// eval/heldout-5 (likewise), after recall round 3, 2026-11-22 02:47 UTC:
//   relations F1=0.623 P=0.849 R=0.492 | entities F1=0.801 P=0.790 R=0.812 | modality acc=0.900
// Raised after recall round 4 (2026-11-22 ~04:25 UTC, docs/quality.md): fresh 0.691, heldout-2
// 0.742, heldout-3 0.679, heldout-4 0.631, heldout-5 0.692 relations F1 (entities 0.835).
// eval/heldout-6 (kept outside the repository until scored), same tree:
//   relations F1=0.590 P=0.952 R=0.428 | entities F1=0.864 P=0.857 R=0.872 | modality acc=0.815
const FLOORS = [
  { set: HELDOUT, relations: 0.82, entities: 0.94 },
  { set: FRESH, relations: 0.64, entities: 0.81 },
  { set: HELDOUT_2, relations: 0.69, entities: 0.85 },
  { set: HELDOUT_3, relations: 0.63, entities: 0.81 },
  { set: HELDOUT_4, relations: 0.58, entities: 0.78 },
  { set: HELDOUT_5, relations: 0.64, entities: 0.78 },
  { set: HELDOUT_6, relations: 0.54, entities: 0.81 },
];

describe("held-out evaluation", function () {
  this.timeout(120_000);
  let outDir: string;
  before(() => {
    outDir = mkdtempSync(join(tmpdir(), "trama-heldout-test-"));
  });
  after(() => rmSync(outDir, { recursive: true, force: true }));

  for (const floor of FLOORS) {
    it(`keeps relations F1 and entities F1 above the floor on the ${floor.set.name} articles`, async () => {
      const { scores, lastLine } = await evaluate(floor.set, outDir);
      assert.ok(scores.relations.f1 >= floor.relations, `relations F1 fell below ${floor.relations}: ${lastLine}`);
      assert.ok(scores.entities.f1 >= floor.entities, `entities F1 fell below ${floor.entities}: ${lastLine}`);
    });
  }
});

describe("errorsByType", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "trama-eval-types-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("counts required gold relations, misses, spurious facts and wrong modalities per type", () => {
    const gold = join(dir, "gold.json");
    writeFileSync(
      gold,
      JSON.stringify({
        docs: [
          {
            relations: [
              { s: "ministro-rossi", p: "VISITED", o: "borgo-fittizio", modality: "asserted" },
              { s: "ministro-rossi", p: "MET", o: "sindaca-bianchi", modality: "asserted" },
              { s: "ministro-rossi", p: "MET", o: "prefetto-verdi", optional: true },
              { s: "sindaca-bianchi", p: "HOLDS_ROLE", o: "borgo-fittizio" },
            ],
          },
        ],
      }),
    );
    const report = [
      "d1  relation FN  ministro-rossi VISITED borgo-fittizio",
      "d1  relation FP  Ministro Rossi CRITICIZED Borgo USA",
      "d1  modality  ministro-rossi MET sindaca-bianchi: planned, gold asserted",
      "d1  entity FP  Borgo USA (GPE)",
    ];
    const byType = errorsByType(report, gold);
    assert.deepEqual(byType.get("VISITED"), { gold: 1, fn: 1, fp: 0, modality: 0 });
    assert.deepEqual(byType.get("MET"), { gold: 1, fn: 0, fp: 0, modality: 1 });
    assert.deepEqual(byType.get("CRITICIZED"), { gold: 0, fn: 0, fp: 1, modality: 0 });
    assert.deepEqual(byType.get("HOLDS_ROLE"), { gold: 1, fn: 0, fp: 0, modality: 0 });
    assert.equal(byType.has("USA"), false);
  });
});
