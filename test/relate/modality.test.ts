import { strict as assert } from "node:assert";
import { relationsOf, triple } from "./annotate.ts";
import { itReadsModality, plain, type ModalityRow } from "./tables.ts";

const BORDURIA = "[Borduria|GPE|borduria]";
const SYLDAVIA = "[Syldavia|GPE|syldavia]";
const VARGA = "[Ilse Varga|PERSON|ilse-varga]";
const DROZD = "[Pavel Drozd|PERSON|pavel-drozd]";
const STELLA = "[Stellanews|ORG|stellanews]";
const SENT = "borduria SENT_TROOPS_TO syldavia";
const MET = "ilse-varga MET pavel-drozd";

// [sentence, relation, modality it must have]
const TABLE: ModalityRow[] = [
  [`${BORDURIA} ha inviato truppe in ${SYLDAVIA}.`, SENT, "asserted"],
  [`${BORDURIA} inviò truppe in ${SYLDAVIA}.`, SENT, "asserted"],
  [`${BORDURIA} potrebbe inviare truppe in ${SYLDAVIA}.`, SENT, "possible"],
  [`${BORDURIA} dovrebbe inviare truppe in ${SYLDAVIA}.`, SENT, "planned"],
  [`${BORDURIA} invierà truppe in ${SYLDAVIA}.`, SENT, "planned"],
  [`${BORDURIA} ha intenzione di inviare truppe in ${SYLDAVIA}.`, SENT, "planned"],
  [`${BORDURIA} non ha inviato truppe in ${SYLDAVIA}.`, SENT, "negated"],
  [`${BORDURIA} nega di aver inviato truppe in ${SYLDAVIA}.`, SENT, "negated"],
  [`${BORDURIA} smentisce di aver inviato truppe in ${SYLDAVIA}.`, SENT, "negated"],
  [`Sembra che ${BORDURIA} abbia inviato truppe in ${SYLDAVIA}.`, SENT, "possible"],
  [`È possibile che ${BORDURIA} invii truppe in ${SYLDAVIA}.`, SENT, "possible"],
  // The journalistic conditional reports a claim the paper does not vouch for: possible.
  [`Secondo ${STELLA}, ${BORDURIA} avrebbe inviato truppe in ${SYLDAVIA}.`, SENT, "possible"],
  [`${VARGA} incontrerebbe ${DROZD} in segreto.`, MET, "possible"],
  [`È in preparazione una visita di ${VARGA} a [Klow|GPE|klow].`, "ilse-varga VISITED klow", "planned"],
  [`Non ci sono piani per un incontro tra ${VARGA} e ${DROZD}.`, MET, "negated"],
  [`È previsto un incontro tra ${VARGA} e ${DROZD}.`, MET, "planned"],
  [`Si terrà domani a [Klow|GPE|klow] il vertice tra ${VARGA} e ${DROZD}.`, MET, "planned"],
  [`${VARGA} si è detta aperta a un colloquio con ${DROZD}.`, MET, "possible"],
  // Having opened something did it: the participle of a perfect is no "aperto" possibility.
  [`${VARGA} ha aperto un colloquio con ${DROZD}.`, MET, "asserted"],
  [`[Lusia|GPE|lusia] ha aperto il fuoco contro ${SYLDAVIA}.`, "lusia ATTACKED syldavia", "asserted"],
  [`L'incontro tra ${VARGA} e ${DROZD} dovrebbe avvenire a marzo.`, MET, "planned"],
  [`${VARGA} ha evocato la possibilità di un incontro con ${DROZD}.`, MET, "possible"],
  [`${BORDURIA} non esclude nuove sanzioni contro ${SYLDAVIA}.`, "borduria THREATENED syldavia", "possible"],
  [`${VARGA}, che non ha mai visto il mare, ha incontrato ${DROZD}.`, MET, "asserted"],
  [`${VARGA} incontrerà ${DROZD}, che ha visitato in precedenza [Kravonia|GPE|kravonia].`, "pavel-drozd VISITED kravonia", "asserted"],
  [`${BORDURIA} e ${SYLDAVIA} hanno concordato di rafforzare la cooperazione con [Kravonia|GPE|kravonia].`, "borduria COOPERATED_WITH kravonia", "planned"],
  [`L'incontro tra ${VARGA} e ${DROZD}, previsto per novembre, è stato confermato.`, MET, "planned"],
  [`Dopo l'incontro con ${DROZD}, ${VARGA} ha detto che l'Europa deve fare di più.`, "pavel-drozd MET ilse-varga", "asserted"],
  // A presupposed noun inside a hedged clause keeps its own modality.
  [`${BORDURIA} sembra aumentare il sostegno alla guerra di ${SYLDAVIA} contro [Kravonia|GPE|kravonia].`, "syldavia ATTACKED kravonia", "asserted"],
];

describe("relate: modality", () => {
  itReadsModality(TABLE);
  it("explains the modality it chose", () => {
    const [r] = relationsOf(`${BORDURIA} potrebbe inviare truppe in ${SYLDAVIA}.`);
    assert.match(r!.provenance.find((p) => p.by === "relate:modality")!.why!, /possible.*potrebbe/);
  });
});

describe("relate: attribution", () => {
  const cases: Array<[string, string]> = [
    [`${BORDURIA} ha inviato truppe in ${SYLDAVIA}, ha riportato ${STELLA}.`, "stellanews"],
    [`Secondo [Klow|GPE|klow|name|syldavia], ${BORDURIA} ha inviato truppe in [Kravonia|GPE|kravonia].`, "syldavia"],
    [`${VARGA} ha detto a [Radio Nord|ORG|radio-nord] che ${BORDURIA} ha inviato truppe in ${SYLDAVIA}.`, "ilse-varga"],
    [`Fonti dell'intelligence di [Kravonia|GPE|kravonia] rivelano che ${BORDURIA} ha inviato truppe in ${SYLDAVIA}.`, "kravonia"],
    [`Secondo quanto riportato dall'agenzia ${STELLA}, ${BORDURIA} ha inviato truppe in ${SYLDAVIA}.`, "stellanews"],
    [`${BORDURIA} ha inviato truppe in ${SYLDAVIA}, ha detto ${VARGA} alla [Radio Nord|ORG|radio-nord].`, "ilse-varga"],
    [`La portavoce del governo, ${VARGA}, ha detto che ${BORDURIA} ha inviato truppe in ${SYLDAVIA}.`, "ilse-varga"],
    [`${BORDURIA} ha inviato truppe in ${SYLDAVIA}, ha riferito l'agenzia di stampa ${STELLA}.`, "stellanews"],
  ];
  for (const [sentence, source] of cases)
    it(`${source}: ${plain(sentence)}`, () => {
      const r = relationsOf(sentence).find((x) => x.type === "SENT_TROOPS_TO");
      assert.equal(r?.attribution, source);
    });
  it("leaves attribution out when nobody is quoted", () => {
    const r = relationsOf(`${BORDURIA} ha inviato truppe in ${SYLDAVIA}.`).find((x) => x.type === "SENT_TROOPS_TO");
    assert.equal(r?.attribution, undefined);
  });
  it("the speaker is the subject of first-person verbs in the quote", () => {
    const got = relationsOf(`“Esortiamo ${BORDURIA} a cessare i combattimenti”, ha affermato ${VARGA}.`).map(triple);
    assert.ok(got.includes("ilse-varga REQUESTED borduria"), JSON.stringify(got));
  });
});

describe("relate: event dates", () => {
  it("dates an event by the time expression in its clause, against the article date", () => {
    const r = relationsOf(`${VARGA} ha incontrato ${DROZD} la scorsa settimana.`, "2025-03-27").find((x) => x.type === "MET");
    assert.equal(r?.date, "2025-03");
  });
  it("does not date an event with the date of the statement about it", () => {
    const r = relationsOf(`Il 19 dicembre, ${VARGA} ha dichiarato di essere aperta a un colloquio con ${DROZD}.`, "2025-01-10").find((x) => x.type === "MET");
    assert.ok(r);
    assert.equal(r.date, undefined);
  });
  it("reads planned events forward", () => {
    const r = relationsOf(`${VARGA} incontrerà ${DROZD} giovedì.`, "2025-03-29").find((x) => x.type === "MET");
    assert.equal(r?.date, "2025-04-03");
  });
});
