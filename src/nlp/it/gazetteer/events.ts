// Recurring named events with their Italian and English names, so that "Forum economico
// orientale" in one article and "Eastern Economic Forum" in another are one event.
// One line each: "English name, other variants | id (when the slug would not do)".
import type { GazetteerEntry, NamedEntry } from "./entry.ts";
import { slugify } from "./pieces.ts";

const EVENTS = `
Eastern Economic Forum, Forum economico orientale, Forum Economico Orientale, Forum economico dell'Oriente, EEF
World Economic Forum, Forum economico mondiale, Forum di Davos, WEF
Munich Security Conference, Conferenza di Monaco sulla sicurezza, Conferenza sulla sicurezza di Monaco
Shangri-La Dialogue, Dialogo di Shangri-La
St. Petersburg International Economic Forum, Forum economico internazionale di San Pietroburgo, Forum economico di San Pietroburgo, SPIEF | spief
Olimpiadi, Giochi olimpici, Giochi Olimpici, Olympic Games | olympic-games
Mondiali di calcio, FIFA World Cup, Coppa del Mondo FIFA | fifa-world-cup
Festival di Sanremo | sanremo-festival
`;

export function eventEntries(): NamedEntry[] {
  const out: NamedEntry[] = [];
  for (const line of EVENTS.split("\n")) {
    if (!line.trim()) continue;
    const [names, id] = line.split("|").map((s) => s.trim()) as [string, string | undefined];
    const variants = names.split(",").map((s) => s.trim());
    const entry: GazetteerEntry = { id: id || slugify(variants[0]!), name: variants[0]!, type: "EVENT", source: "events" };
    for (const variant of variants) {
      const acronym = /^[A-Z0-9]{2,5}$/.test(variant);
      out.push({ variant, entry: acronym ? { ...entry, acronym } : entry });
    }
  }
  return out;
}
