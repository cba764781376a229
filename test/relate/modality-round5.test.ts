// Modality round 5: the journalistic conditional ("avrebbe chiesto", "starebbe negoziando")
// is possible, after a past verb of saying it is the future in the past (planned); and in
// "X ha respinto A e ha accusato Y" the first predicate does not govern the second.
import { strict as assert } from "node:assert";
import { relationsOf, triple } from "./annotate.ts";
import { itReadsModality, type ModalityRow } from "./tables.ts";

const ORSOLYA = "[Orsolya Brandt|PERSON|orsolya-brandt]";
const TEODOR = "[Teodor Halme|PERSON|teodor-halme]";
const VELMORA = "[Velmora|GPE|velmora]";
const KASTRIA = "[Kastria|GPE|kastria]";
const GAZZETTA = "[Gazzetta di Ostreva|ORG|gazzetta-di-ostreva]";
const CRIT = "orsolya-brandt CRITICIZED velmora";
const MET = "orsolya-brandt MET teodor-halme";
const NEG = "velmora NEGOTIATED_WITH kastria";
const REQ = "velmora REQUESTED kastria";

// [sentence, relation, modality it must have]
const TABLE: ModalityRow[] = [
  [`Secondo ${GAZZETTA}, ${VELMORA} avrebbe chiesto a ${KASTRIA} nuovi aiuti.`, REQ, "possible"],
  [`${VELMORA} avrebbe chiesto a ${KASTRIA} nuovi aiuti, secondo ${GAZZETTA}.`, REQ, "possible"],
  [`Secondo ${GAZZETTA}, ${VELMORA} starebbe negoziando con ${KASTRIA} un nuovo accordo.`, NEG, "possible"],
  [`${ORSOLYA} ha detto che avrebbe incontrato ${TEODOR} a marzo.`, MET, "planned"],
  [`${ORSOLYA} ha respinto le critiche e ha accusato ${VELMORA} di mentire.`, CRIT, "asserted"],
  [`${ORSOLYA} ha respinto la proposta e ha accusato ${VELMORA} di ricatto.`, CRIT, "asserted"],
  [`${ORSOLYA} non ha risposto alle domande e ha accusato ${VELMORA} di mentire.`, CRIT, "asserted"],
  // Must NOT: what governs both predicates still governs the second.
  [`Sembra che ${ORSOLYA} abbia protestato e abbia accusato ${VELMORA} di mentire.`, CRIT, "possible"],
  [`${ORSOLYA} nega di aver protestato e di aver accusato ${VELMORA}.`, CRIT, "negated"],
  [`${ORSOLYA} non ha accusato ${VELMORA} di mentire.`, CRIT, "negated"],
  // Must NOT: the indicative perfect and a present verb of saying are no conditional.
  [`Secondo ${GAZZETTA}, ${VELMORA} ha chiesto a ${KASTRIA} nuovi aiuti.`, REQ, "asserted"],
  [`${ORSOLYA} ha incontrato ${TEODOR} a marzo.`, MET, "asserted"],
  [`${GAZZETTA} sostiene che ${VELMORA} avrebbe chiesto a ${KASTRIA} nuovi aiuti.`, REQ, "possible"],
  // Must NOT: a plan word outranks the conditional it sits in.
  [`${ORSOLYA} avrebbe intenzione di incontrare ${TEODOR} a marzo.`, MET, "planned"],
];

describe("relate: modality round 5", () => {
  itReadsModality(TABLE);
  it("says why a conditional is possible or planned", () => {
    const [reported] = relationsOf(`Secondo ${GAZZETTA}, ${VELMORA} avrebbe chiesto a ${KASTRIA} nuovi aiuti.`).filter((r) => triple(r) === REQ);
    assert.match(reported!.provenance.find((p) => p.by === "relate:modality")!.why!, /journalistic conditional/);
    const [future] = relationsOf(`${ORSOLYA} ha detto che avrebbe incontrato ${TEODOR} a marzo.`).filter((r) => triple(r) === MET);
    assert.match(future!.provenance.find((p) => p.by === "relate:modality")!.why!, /future in the past after 'detto'/);
  });
});
