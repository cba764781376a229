// Named events: a capitalised name built on an event head word ("Eastern Economic Forum",
// "Vertice Nato", "Forum economico orientale", "Olimpiadi di Parigi").

/** Head words of event names, Italian and English, lower case (one word each). */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  "forum",
  "summit",
  "vertice",
  "conferenza",
  "conference",
  "olimpiadi",
  "olimpiade",
  "olympics",
  "giochi",
  "games",
  "mondiali",
  "mondiale",
  "europei",
  "campionato",
  "campionati",
  "championship",
  "coppa",
  "cup",
  "expo",
  "festival",
  "fiera",
  "salone",
  "biennale",
  "giubileo",
  "conclave",
  "cop",
  "dialogue",
  "dialogo",
]);

/** Lower-case words that continue an Italian event name: "Forum economico orientale". */
const ADJECTIVE_ENDINGS = /(ale|ali|ico|ica|ici|iche|ano|ana|ani|ane|ese|esi|ile|ili|are|ari|ario|aria|ista|iste|ivo|iva)$/;

export function isEventHead(word: string): boolean {
  return EVENT_HEADS.has(word.toLowerCase());
}

export function continuesEventName(word: string): boolean {
  return /^\p{Ll}+$/u.test(word) && ADJECTIVE_ENDINGS.test(word);
}
