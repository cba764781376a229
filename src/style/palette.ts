// Colours shared by the viewer and every export, so a Person is the same blue in the
// browser, in Gephi and in Neo4j Bloom. Plain data on purpose: the viewer bundles it.
// Entity colours are the Okabe–Ito palette, which stays distinguishable under the
// common colour-vision deficiencies; relation colours group by what the act is:
// blues/greens for cooperation, reds for hostility, greys for standing facts.

/** Node colour per entity type (keys are the EntityType values of src/types.ts). */
export const ENTITY_COLORS = {
  PERSON: "#0072B2",
  ORG: "#E69F00",
  GPE: "#009E73",
  LOC: "#56B4E9",
  EVENT: "#CC79A7",
} as const;

/** Edge colour per relation type (keys are the RelationType values of src/types.ts). */
export const RELATION_COLORS = {
  MET: "#1F77B4",
  VISITED: "#17BECF",
  NEGOTIATED_WITH: "#4C72B0",
  AGREED_WITH: "#2CA02C",
  COOPERATED_WITH: "#55A868",
  SENT_TROOPS_TO: "#8C564B",
  SUPPLIED: "#FF7F0E",
  REQUESTED: "#BCBD22",
  SUPPORTED: "#98DF8A",
  CRITICIZED: "#E377C2",
  THREATENED: "#D62728",
  SANCTIONED: "#9467BD",
  ATTACKED: "#B2182B",
  PRAISED: "#AEC7E8",
  HOLDS_ROLE: "#7F7F7F",
  LOCATED_IN: "#A0A0A0",
  BASED_IN: "#C7C7C7",
} as const;

/** For an id or type the palette does not know (a newer graph, a hand-edited file). */
export const FALLBACK_COLOR = "#999999";
