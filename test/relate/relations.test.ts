import { strict as assert } from "node:assert";
import { RELATION_TYPES, type RelationType } from "../../src/types.ts";
import { SettingsError } from "../../src/errors.ts";
import { DEFAULT_RELATE_SETTINGS, relate, resolveRelateSettings } from "../../src/extract/relate/index.ts";
import { annotate, relationsOf, triple } from "./annotate.ts";
import { itForbids, itYields } from "./tables.ts";

// Invented people, states, cities and organisations, so no rule can lean on a seed.
const BRUSATI = "[Mario Brusati|PERSON|mario-brusati]";
const VALLI = "[Ettore Valli|PERSON|ettore-valli]";
const VARGA = "[Ilse Varga|PERSON|ilse-varga]";
const DROZD = "[Pavel Drozd|PERSON|pavel-drozd]";
const BORDURIA = "[Borduria|GPE|borduria]";
const SYLDAVIA = "[Syldavia|GPE|syldavia]";
const KLOW = "[Klow|GPE|klow]";
const STELLA = "[Stellanews|ORG|stellanews]";

// [type, sentence, the relation it must yield]
const POSITIVE: Array<[RelationType, string, string]> = [
  ["MET", `${BRUSATI} ha incontrato ${VALLI} a ${KLOW}.`, "mario-brusati MET ettore-valli"],
  ["MET", `${BRUSATI} e ${VALLI} si sono incontrati ieri.`, "mario-brusati MET ettore-valli"],
  ["MET", `L'incontro tra ${BRUSATI} e ${VALLI} è durato due ore.`, "mario-brusati MET ettore-valli"],
  ["MET", `${VARGA} ha ricevuto ${DROZD} nel palazzo presidenziale.`, "ilse-varga MET pavel-drozd"],
  ["MET", `${VARGA} ha ricevuto una delegazione e poi ha accolto la [Lega Nera|ORG|lega-nera] a ${KLOW}.`, "ilse-varga MET lega-nera"],
  ["MET", `Il faccia a faccia tra ${VARGA} e il premier, ${DROZD}, si è chiuso senza dichiarazioni.`, "ilse-varga MET pavel-drozd"],
  ["MET", `${VARGA} avrà un colloquio con ${DROZD} a margine del vertice.`, "ilse-varga MET pavel-drozd"],
  ["VISITED", `${BRUSATI} si è recato a ${KLOW} martedì.`, "mario-brusati VISITED klow"],
  ["VISITED", `${BRUSATI} ha visitato ${BORDURIA} per la prima volta.`, "mario-brusati VISITED borduria"],
  ["VISITED", `Ieri è cominciata la visita di ${VARGA} in ${SYLDAVIA}.`, "ilse-varga VISITED syldavia"],
  ["VISITED", `${VARGA} ha raggiunto ${KLOW} in treno nella notte.`, "ilse-varga VISITED klow"],
  ["VISITED", `${VARGA} è partita. Nel frattempo [il ministro Pavel Drozd|PERSON|pavel-drozd] è volato a ${KLOW}.`, "pavel-drozd VISITED klow"],
  ["VISITED", `${DROZD} arriverà a ${KLOW} giovedì.`, "pavel-drozd VISITED klow"],
  ["VISITED", `Il ministro ${DROZD} è volato a ${KLOW}, dove vedrà la sua omologa.`, "pavel-drozd VISITED klow"],
  ["VISITED", `Il premier ${DROZD} sarà in visita a ${KLOW} il prossimo 8 luglio.`, "pavel-drozd VISITED klow"],
  ["NEGOTIATED_WITH", `${BORDURIA} ha negoziato con ${SYLDAVIA} per mesi.`, "borduria NEGOTIATED_WITH syldavia"],
  ["NEGOTIATED_WITH", `Le trattative tra ${BORDURIA} e ${SYLDAVIA} sono riprese.`, "borduria NEGOTIATED_WITH syldavia"],
  ["NEGOTIATED_WITH", `Proseguono i negoziati di ${BORDURIA} con ${SYLDAVIA}.`, "borduria NEGOTIATED_WITH syldavia"],
  ["AGREED_WITH", `${BORDURIA} e ${SYLDAVIA} hanno firmato un accordo commerciale.`, "borduria AGREED_WITH syldavia"],
  ["AGREED_WITH", `${VARGA} ha firmato un patto di non aggressione con ${DROZD}.`, "ilse-varga AGREED_WITH pavel-drozd"],
  ["AGREED_WITH", `Sia ${BORDURIA} che ${SYLDAVIA} hanno concordato di ritirare le truppe.`, "borduria AGREED_WITH syldavia"],
  ["COOPERATED_WITH", `La cooperazione militare tra ${BORDURIA} e ${SYLDAVIA} si è rafforzata.`, "borduria COOPERATED_WITH syldavia"],
  ["COOPERATED_WITH", `${BORDURIA} collabora con ${SYLDAVIA} nel settore energetico.`, "borduria COOPERATED_WITH syldavia"],
  ["COOPERATED_WITH", `${BORDURIA} e ${SYLDAVIA} hanno rafforzato i loro legami.`, "borduria COOPERATED_WITH syldavia"],
  ["SENT_TROOPS_TO", `${BORDURIA} ha inviato 2.000 soldati in ${SYLDAVIA}.`, "borduria SENT_TROOPS_TO syldavia"],
  ["SENT_TROOPS_TO", `Migliaia di soldati [bordurici|GPE|borduria|demonym] sono stati inviati in ${SYLDAVIA}.`, "borduria SENT_TROOPS_TO syldavia"],
  ["SENT_TROOPS_TO", `Sono rientrate le truppe che ${BORDURIA} ha dispiegato in ${SYLDAVIA}.`, "borduria SENT_TROOPS_TO syldavia"],
  ["SENT_TROOPS_TO", `${BORDURIA} ha deciso di schierare truppe a fianco di ${SYLDAVIA}.`, "borduria SENT_TROOPS_TO syldavia"],
  ["SUPPLIED", `${BORDURIA} ha fornito missili a ${SYLDAVIA}.`, "borduria SUPPLIED syldavia"],
  ["SUPPLIED", `Le spedizioni da ${BORDURIA} verso ${SYLDAVIA} sono aumentate.`, "borduria SUPPLIED syldavia"],
  ["SUPPLIED", `${SYLDAVIA} ha ricevuto munizioni da ${BORDURIA}.`, "borduria SUPPLIED syldavia"],
  ["SUPPLIED", `${BORDURIA} ha promesso nuovi aiuti militari alla ${SYLDAVIA}.`, "borduria SUPPLIED syldavia"],
  ["SUPPLIED", `${BORDURIA} ha imposto sanzioni contro ${SYLDAVIA}, accusata di fornire droni alla [Kravonia|GPE|kravonia].`, "syldavia SUPPLIED kravonia"],
  ["SUPPLIED", `${BORDURIA} intensifica le sue forniture di gas alla ${SYLDAVIA}.`, "borduria SUPPLIED syldavia"],
  ["REQUESTED", `[Klow|GPE|klow|name|syldavia] chiede armi a [Szohod|GPE|szohod|name|borduria].`, "syldavia REQUESTED borduria"],
  ["REQUESTED", `${VARGA} ha esortato ${BORDURIA} a ritirare le truppe.`, "ilse-varga REQUESTED borduria"],
  ["REQUESTED", `${VARGA} ha cercato di convincere ${DROZD} a dimettersi.`, "ilse-varga REQUESTED pavel-drozd"],
  ["SUPPORTED", `${BORDURIA} sostiene ${SYLDAVIA} nella disputa sui confini.`, "borduria SUPPORTED syldavia"],
  ["SUPPORTED", `${BORDURIA} ha espresso il suo sostegno a ${SYLDAVIA}.`, "borduria SUPPORTED syldavia"],
  ["SUPPORTED", `${VARGA} ha espresso solidarietà alla ${SYLDAVIA} dopo il sisma.`, "ilse-varga SUPPORTED syldavia"],
  ["SUPPORTED", `Il sostegno di ${BORDURIA} alla guerra di ${SYLDAVIA} preoccupa gli osservatori.`, "borduria SUPPORTED syldavia"],
  ["SUPPORTED", `${VARGA} ha ringraziato ${BORDURIA} per il sostegno a ${SYLDAVIA}.`, "borduria SUPPORTED syldavia"],
  ["CRITICIZED", `${VARGA} ha accusato ${BORDURIA} di violare la tregua.`, "ilse-varga CRITICIZED borduria"],
  ["CRITICIZED", `${SYLDAVIA} ha condannato ${BORDURIA} per l'attacco.`, "syldavia CRITICIZED borduria"],
  ["CRITICIZED", `${VARGA} ha criticato le scelte di ${DROZD}.`, "ilse-varga CRITICIZED pavel-drozd"],
  ["CRITICIZED", `${SYLDAVIA} ha condannato l'attacco di ${BORDURIA}.`, "syldavia CRITICIZED borduria"],
  ["CRITICIZED", `${SYLDAVIA} ha condannato le esercitazioni militari di ${BORDURIA} e [Kravonia|GPE|kravonia].`, "syldavia CRITICIZED borduria"],
  ["CRITICIZED", `${BRUSATI} attacca ${VALLI}: polemica in aula.`, "mario-brusati CRITICIZED ettore-valli"],
  ["THREATENED", `${BORDURIA} ha minacciato ${SYLDAVIA}.`, "borduria THREATENED syldavia"],
  ["THREATENED", `${BORDURIA} non esclude nuove sanzioni contro ${SYLDAVIA}.`, "borduria THREATENED syldavia"],
  ["SANCTIONED", `${BORDURIA} ha imposto nuove sanzioni contro ${SYLDAVIA}.`, "borduria SANCTIONED syldavia"],
  ["SANCTIONED", `${BORDURIA} ha sanzionato ${SYLDAVIA}.`, "borduria SANCTIONED syldavia"],
  ["SANCTIONED", `Le sanzioni di ${BORDURIA} contro ${SYLDAVIA} sono entrate in vigore.`, "borduria SANCTIONED syldavia"],
  ["ATTACKED", `${BORDURIA} ha invaso ${SYLDAVIA} nel 2022.`, "borduria ATTACKED syldavia"],
  ["ATTACKED", `${BORDURIA} prosegue l'invasione della ${SYLDAVIA}.`, "borduria ATTACKED syldavia"],
  ["ATTACKED", `Continua la guerra di ${BORDURIA} contro ${SYLDAVIA}.`, "borduria ATTACKED syldavia"],
  ["ATTACKED", `${BORDURIA} ha bombardato [Szohod|GPE|szohod].`, "borduria ATTACKED szohod"],
  ["ATTACKED", `Nella notte ${BORDURIA} ha lanciato decine di missili contro [Szohod|GPE|szohod].`, "borduria ATTACKED szohod"],
  ["ATTACKED", `Gli Stati Uniti hanno condannato l'attacco [bordurico|GPE|borduria|demonym] contro [Szohod|GPE|szohod].`, "borduria ATTACKED szohod"],
  ["ATTACKED", `${VARGA} condanna l'attacco alla ${SYLDAVIA} da parte di ${BORDURIA}.`, "borduria ATTACKED syldavia"],
  ["PRAISED", `${VARGA} ha elogiato ${DROZD}.`, "ilse-varga PRAISED pavel-drozd"],
  ["PRAISED", `${VARGA} ha ringraziato ${BORDURIA} per gli aiuti.`, "ilse-varga PRAISED borduria"],
  ["PRAISED", `${VARGA} ha lodato la cooperazione di ${BORDURIA}.`, "ilse-varga PRAISED borduria"],
  ["HOLDS_ROLE", `Il ministro degli Esteri [francese|GPE|france|demonym] ${BRUSATI} è arrivato.`, "mario-brusati HOLDS_ROLE france"],
  ["HOLDS_ROLE", `${BRUSATI}, ex ambasciatore della [Francia|GPE|france], ha parlato.`, "mario-brusati HOLDS_ROLE france"],
  ["LOCATED_IN", `A [Porto Brina|GPE|porto-brina], in ${SYLDAVIA}, si vota.`, "porto-brina LOCATED_IN syldavia"],
  ["LOCATED_IN", `Il treno arriverà a [Porto Brina|GPE|porto-brina], la città più grande della ${SYLDAVIA}.`, "porto-brina LOCATED_IN syldavia"],
  ["LOCATED_IN", `Il vertice si terrà a [Porto Brina|GPE|porto-brina], che si trova in ${SYLDAVIA}.`, "porto-brina LOCATED_IN syldavia"],
  ["BASED_IN", `Lo ha riferito l'agenzia [bordurica|GPE|borduria|demonym] ${STELLA}.`, "stellanews BASED_IN borduria"],
  ["BASED_IN", `Lo ha detto il [Consiglio di Guerra|ORG|consiglio-di-guerra] della ${BORDURIA}.`, "consiglio-di-guerra BASED_IN borduria"],
];

// Sentences that must not yield the relation named (or any relation, when null).
const NEGATIVE: Array<[string, string, string | null]> = [
  ["mere co-mention", `${BRUSATI} e ${VALLI} erano entrambi a ${KLOW}.`, null],
  ["a question", `${BRUSATI} incontrerà ${VALLI}?`, null],
  ["a cue whose object is not an entity", `${BRUSATI} ha incontrato i giornalisti a ${KLOW}.`, null],
  ["a cue whose subject is not an entity", `I soldati sono stati inviati in ${SYLDAVIA} per combattere contro ${BORDURIA}.`, null],
  ["'sostenere che' is a claim", `${BORDURIA} sostiene che ${SYLDAVIA} abbia torto.`, "borduria SUPPORTED syldavia"],
  ["a supplier of pictures is no supplier of arms", `Le immagini fornite da ${STELLA} mostrano la colonna.`, null],
  ["receiving goods is not a meeting", `${VARGA} ha ricevuto armi da ${BORDURIA}.`, "ilse-varga MET borduria"],
  ["a war without an agent", `La guerra in ${SYLDAVIA} continua.`, null],
  ["a hypothetical without a cue", `Se ${BORDURIA} e ${SYLDAVIA} fossero alleate, la regione sarebbe più stabile.`, null],
  ["someone's statement about someone else", `${VARGA} ha detto che ${DROZD} è un buon amico.`, null],
  ["the target of an invasion is not supported", `${BORDURIA} chiede aiuto per sostenere l'invasione della ${SYLDAVIA}.`, "borduria SUPPORTED syldavia"],
  ["the object of 'accusare' does the infinitive", `${VARGA} ha accusato ${BORDURIA} di aiutare ${SYLDAVIA}.`, "ilse-varga SUPPORTED syldavia"],
  ["discussing an agreement is not agreeing", `${BORDURIA} e ${SYLDAVIA} hanno discusso dell'accordo sul grano.`, "borduria AGREED_WITH syldavia"],
  ["the thanked one gave the support", `${VARGA} ha ringraziato ${BORDURIA} per il sostegno a ${SYLDAVIA}.`, "ilse-varga SUPPORTED syldavia"],
  ["people asking people for arms is no supply between them", `${VARGA} ha chiesto armi a ${DROZD}.`, "pavel-drozd SUPPLIED ilse-varga"],
  ["a subject that is not an entity stops the carry-over", `${BORDURIA} ha protestato. Ieri il ministro degli Esteri ha incontrato ${DROZD}.`, "borduria MET pavel-drozd"],
  ["a noun's agent is not carried from the sentence before", `${BRUSATI} ha parlato a lungo. Le trattative con ${SYLDAVIA} sono in stallo.`, "mario-brusati NEGOTIATED_WITH syldavia"],
  ["between people an attack is verbal", `${BRUSATI} attacca ${VALLI}: polemica in aula.`, "mario-brusati ATTACKED ettore-valli"],
  ["a crime at a place does not criticise the place", `${SYLDAVIA} ha condannato il delitto di ${KLOW}.`, "syldavia CRITICIZED klow"],
  ["a nationality on a front is no target", `Dopo una serie di attacchi sul fronte [bordurico|GPE|borduria|demonym], ${BRUSATI} ha segnato.`, null],
  ["a relative whose antecedent is no entity", `${BRUSATI} ha gareggiato. La medaglia d'oro che è andata alla ${SYLDAVIA} è la prima.`, "mario-brusati VISITED syldavia"],
  ["a first-person form outside quotes is a noun", `Partenza da ${KLOW} alle 12 e arrivo a [Porto Brina|GPE|porto-brina] alle 13.`, null],
  ["an agreement in a relative clause is not the summit's", `Si è tenuto un vertice tra ${BORDURIA} e ${SYLDAVIA}, che ha portato solo un accordo di associazione.`, "borduria AGREED_WITH syldavia"],
  ["a judged attack is not the judge's", `${VARGA} condanna l'attacco alla ${SYLDAVIA} da parte degli estremisti.`, "ilse-varga ATTACKED syldavia"],
  ["persuading someone of a fact is no request", `La prova ha convinto ${BORDURIA} della responsabilità di ${DROZD}.`, null],
  ["a medal given is no supply", `${BRUSATI} regala la prima medaglia d'oro alla ${SYLDAVIA}.`, "mario-brusati SUPPLIED syldavia"],
  ["a heading is no destination", `${BRUSATI} viaggiava in direzione ${KLOW} quando è stato fermato.`, "mario-brusati VISITED klow"],
  ["things do not visit", `Il [Treno Azzurro|ORG|treno-azzurro] è arrivato a ${KLOW} in orario.`, null],
  ["reaching an agreement is no visit", `${BORDURIA} ha raggiunto un accordo con ${SYLDAVIA}.`, "borduria VISITED syldavia"],
  ["leaders discussing aid do not give it", `${VARGA} e ${DROZD} hanno discusso degli aiuti alla ${SYLDAVIA}.`, "ilse-varga SUPPLIED syldavia"],
  ["an agent named after 'da parte di' that is no entity", `${VARGA}, inoltre, condanna l'attacco alla ${SYLDAVIA} da parte degli estremisti.`, null],
  ["after a quote, the name after the verb is who speaks", `«Siamo tornati indietro», ha accusato il reverendo ${DROZD}.`, null],
  ["a conjunct shares the preposition of the first", `Ha cantato insieme a ${BRUSATI} e ${VALLI}, con il quale partecipò al [Festival di Valmora|EVENT|festival-di-valmora].`, null],
  ["an unknown plural verb still ends the subject", `${VARGA} ha parlato. Altri 3 miliardi di euro necessitano per aiutare ${SYLDAVIA}.`, "ilse-varga SUPPORTED syldavia"],
  ["war crimes at a place are no attack on it", `${SYLDAVIA}, crimini di guerra a ${KLOW} e a [Porto Brina|GPE|porto-brina].`, null],
  ["the accused one supplies, not who sanctions", `${BORDURIA} ha imposto sanzioni contro ${SYLDAVIA}, accusata di fornire droni alla [Kravonia|GPE|kravonia].`, "borduria SUPPLIED kravonia"],
  ["a nationality on a common noun is not the state acting", `Il giornale [bordurico|GPE|borduria|demonym] accusa ${STELLA} di censura.`, "borduria CRITICIZED stellanews"],
  ["meeting a country's people is no meeting with the state", `${VARGA} andrà a ${KLOW} per incontrare la popolazione [bordurica|GPE|borduria|demonym].`, "ilse-varga MET borduria"],
  ["a second person outside quotes is a noun misread", `${BRUSATI} e ${VALLI} saranno ospiti del festival.`, null],
  ["a narrator in the first person is nobody named", `Insieme a ${BRUSATI}, ${VALLI} e [Piero Lanza|PERSON|piero-lanza] arriviamo a ${KLOW}.`, null],
  ["the persuaded one sells, not the persuader", `${VARGA} ha cercato di convincere ${BORDURIA} a vendere armi alla ${SYLDAVIA}.`, "ilse-varga SUPPLIED syldavia"],
];

describe("relate: one table per relation type (invented names)", () => {
  it("covers every relation type of the ontology", () => {
    const covered = new Set(POSITIVE.map(([t]) => t));
    assert.deepEqual(RELATION_TYPES.filter((t) => !covered.has(t)), []);
  });
  itYields(POSITIVE.map(([, sentence, expected]) => [sentence, expected]));
});

describe("relate: sentences that must not yield a relation", () => {
  itForbids(NEGATIVE);
});

describe("relate: relation details", () => {
  it("symmetric relations are stored once, subject = the first named", () => {
    assert.deepEqual(relationsOf(`${VALLI} ha incontrato ${BRUSATI}.`).map(triple), ["ettore-valli MET mario-brusati"]);
    // The passive agent is the subject, but Valli is named first.
    assert.deepEqual(relationsOf(`${VALLI} è stato ricevuto da ${BRUSATI}.`).map(triple), ["ettore-valli MET mario-brusati"]);
    // Named the other way round later in the article: still one relation, two pieces of evidence.
    const both = relationsOf(`${VALLI} ha incontrato ${BRUSATI}. Poi ${BRUSATI} ha incontrato di nuovo ${VALLI}.`);
    assert.deepEqual(both.map(triple), ["ettore-valli MET mario-brusati"]);
    assert.equal(both[0]!.evidence.length, 2);
    // …and however each sentence holds it.
    const held = relationsOf(`${VALLI} ha incontrato ${BRUSATI}. ${BRUSATI} potrebbe incontrare di nuovo ${VALLI}.`);
    assert.deepEqual(held.map((r) => `${triple(r)} ${r.modality}`), ["ettore-valli MET mario-brusati asserted", "ettore-valli MET mario-brusati possible"]);
  });
  it("SUPPLIED carries the item; MET carries the place", () => {
    const supplied = relationsOf(`${BORDURIA} ha fornito missili anticarro a ${SYLDAVIA}.`).find((r) => r.type === "SUPPLIED");
    assert.equal(supplied?.item, "missili anticarro");
    const met = relationsOf(`${BRUSATI} ha incontrato ${VALLI} a ${KLOW}.`).find((r) => r.type === "MET");
    assert.equal(met?.place, "klow");
  });
  it("a place is where the event happened, not a place inside another phrase", () => {
    const praised = relationsOf(`${VARGA} ha ringraziato ${BORDURIA} per il sostegno alla ${SYLDAVIA}.`).find((r) => r.type === "PRAISED");
    assert.ok(praised);
    assert.equal(praised.place, undefined);
    const met = relationsOf(`${BRUSATI} ha incontrato ${VALLI} ieri a ${KLOW}.`).find((r) => r.type === "MET");
    assert.equal(met?.place, "klow");
  });
  it("a supply asked for between states is possible, in the other direction", () => {
    const got = relationsOf(`${SYLDAVIA} chiede munizioni a ${BORDURIA}.`);
    assert.deepEqual(
      got.map((r) => `${triple(r)} ${r.modality}`),
      ["syldavia REQUESTED borduria asserted", "borduria SUPPLIED syldavia possible"],
    );
  });
  it("HOLDS_ROLE carries the title and former", () => {
    const got = relationsOf(`${BRUSATI}, ex ambasciatore della [Francia|GPE|france], ha parlato.`).find((r) => r.type === "HOLDS_ROLE");
    assert.equal(got?.title, "ambasciatore");
    assert.equal(got?.former, true);
    const now = relationsOf(`Il ministro degli Esteri [francese|GPE|france|demonym] ${BRUSATI} è arrivato.`).find((r) => r.type === "HOLDS_ROLE");
    assert.equal(now?.former, undefined);
  });
  it("metonyms act for their state but stay places as destinations", () => {
    const got = relationsOf(`[Klow|GPE|klow|name|syldavia] chiede armi a [Szohod|GPE|szohod|name|borduria]. ${BRUSATI} si è recato a [Szohod|GPE|szohod|name|borduria].`).map(triple);
    assert.ok(got.includes("syldavia REQUESTED borduria"));
    assert.ok(got.includes("mario-brusati VISITED szohod"));
  });
  it("meeting a leader in the capital he leads is a visit by the guest", () => {
    const host = `il presidente [francese|GPE|france|demonym] ${BRUSATI}`;
    const got = relationsOf(`${VALLI} ha incontrato ${host} a [Parigi|GPE|paris|name|france].`).map(triple);
    assert.ok(got.includes("ettore-valli VISITED paris"), JSON.stringify(got));
    assert.ok(!got.includes("mario-brusati VISITED paris"));
    const elsewhere = relationsOf(`${VALLI} ha incontrato ${host} a [Roma|GPE|rome|name|italy].`).map(triple);
    assert.ok(!elsewhere.some((t) => t.includes("VISITED")), JSON.stringify(elsewhere));
  });
  it("a dropped subject is carried from the sentence before", () => {
    const got = relationsOf(`${VARGA} è partita ieri. Dovrebbe incontrare ${DROZD} a ${KLOW}.`).map(triple);
    assert.ok(got.includes("ilse-varga MET pavel-drozd"), JSON.stringify(got));
  });
  it("every relation has evidence, a rule, a cue and why each argument was chosen", () => {
    for (const r of relationsOf(`${BRUSATI} ha incontrato ${VALLI} a ${KLOW}.`)) {
      assert.equal(r.evidence.length, 1);
      assert.equal(r.evidence[0]!.sentence, r.evidence[0]!.sentence.trim());
      assert.ok(r.provenance.some((p) => p.by.startsWith("rule:relate:MET")));
      assert.ok(r.provenance.some((p) => p.by === "relate:subject" && /subject/.test(p.why ?? "")));
      assert.ok(r.provenance.some((p) => p.by === "relate:object" && /object/.test(p.why ?? "")));
      assert.match(r.cue ?? "", /incontrato \(incontrare\)/);
    }
  });
});

describe("relate: inputs and settings", () => {
  it("an article without mentions has no relations", () => {
    const { doc } = annotate("Piove da tre giorni. Nessuno sa quando smetterà.");
    assert.deepEqual(relate(doc, { entities: [], mentions: [] }), []);
  });
  it("mentions without an entity id are ignored", () => {
    const a = annotate(`${BRUSATI} ha incontrato ${VALLI}.`);
    const unresolved = a.mentions.map((m) => ({ ...m, entity: undefined }));
    assert.deepEqual(relate(a.doc, { entities: [], mentions: unresolved }), []);
  });
  it("rejects settings its types cannot rule out, naming the setting", () => {
    assert.throws(() => resolveRelateSettings({ objectReach: 0 }), (e: Error) => e instanceof SettingsError && /objectReach/.test(e.message) && e.message.startsWith("trama:"));
    assert.throws(() => resolveRelateSettings({ minConfidence: 2 }), /minConfidence/);
    assert.equal(resolveRelateSettings({}).subjectReach, DEFAULT_RELATE_SETTINGS.subjectReach);
  });
  it("carrySubjects: false keeps dropped subjects unfilled", () => {
    const a = annotate(`${VARGA} è partita ieri. Dovrebbe incontrare ${DROZD} a ${KLOW}.`);
    assert.deepEqual(relate(a.doc, a, { carrySubjects: false }).filter((r) => r.type === "MET"), []);
  });
  it("minConfidence leaves out weaker relations", () => {
    const a = annotate(`${VARGA} è partita ieri. Dovrebbe incontrare ${DROZD} a ${KLOW}.`);
    assert.equal(relate(a.doc, a, { minConfidence: 0.8 }).filter((r) => r.type === "MET").length, 0);
    assert.equal(relate(a.doc, a, { minConfidence: 0.5 }).filter((r) => r.type === "MET").length, 1);
  });
});
