// Words that end the names of companies, shared by the company rule and the person-name
// shape (a surname is never one of them: "Stefano Boeri Architetti" is a firm).

/**
 * Last words that make a run a company: legal forms ("S.p.A.", "Srl", "GmbH") and the
 * trade words companies name themselves by ("Costruzioni", "Energy", "Group"), folded.
 */
const COMPANY_WORDS = new Set([
  "spa", "srl", "srls", "snc", "sas", "inc", "ltd", "llc", "plc", "gmbh", "ag", "nv", "bv", "corp", "corporation", "co",
  "group", "gruppo", "holding", "holdings", "industries", "industrie", "energy", "energia", "systems", "sistemi",
  "technologies", "technology", "motors", "airlines", "airways", "pharma", "pharmaceuticals", "solutions", "labs",
  "logistics", "networks", "telecom", "communications", "aerospace", "defence", "defense", "electronics", "elettronica",
  "chemicals", "petroleum", "shipping", "mining", "steel", "costruzioni", "impianti", "meccanica", "trasporti",
  "assicurazioni", "servizi", "cantieri", "officine", "acciaierie", "veicoli", "motori", "farmaceutici", "spedizioni",
  "architetti", "associati", "partners", "consulting", "media", "capital", "investments", "ventures",
]);

export function isCompanyWord(token: string): boolean {
  return COMPANY_WORDS.has(token.toLowerCase().replace(/[.]/g, ""));
}

/**
 * First words that make a run a company: Italian trade plurals a firm is named by
 * ("Acciaierie Venete", "Cantieri Navali Liguri", "Ferrovie Nord"), folded.
 */
const COMPANY_FIRST_WORDS = new Set([
  "acciaierie", "cantieri", "officine", "ferrovie", "autostrade", "poste", "assicurazioni", "cartiere", "distillerie",
  "fonderie", "raffinerie", "magazzini", "industrie", "costruzioni", "trasporti", "autolinee", "tessiture", "vetrerie",
  "ceramiche", "laboratori", "manifatture", "mulini", "oleifici", "pastifici", "salumifici", "caseifici", "cantine",
]);

export function isCompanyFirstWord(token: string): boolean {
  return COMPANY_FIRST_WORDS.has(token.toLowerCase());
}
