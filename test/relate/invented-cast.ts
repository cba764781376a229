// Invented people and states shared by the relation tables, written as annotate.ts reads
// them ("[text|TYPE|id]"): no real name, so no rule can have been fitted to one.
export const ARDO = "[Nello Ardo|PERSON|nello-ardo]";
export const FUSCO = "[Lia Fusco|PERSON|lia-fusco]";
export const RENDA = "[Tito Renda|PERSON|tito-renda]";
export const MARSIA = "[Marsia|GPE|marsia]";
export const ULVIA = "[Ulvia|GPE|ulvia]";
export const BRENO = "[Breno|GPE|breno]";
