// Entity resolution: within an article (resolveArticle) and across the corpus (resolveCorpus).
//
// What the resolved mentions promise the stages after this one:
// - every mention has `entity`, an id of one of the article's entities;
// - kind "name": a proper name. A capital used as an actor ("Mosca chiede") has the
//   state as `entity`; used as a place ("a Mosca") the city, with the state as `actor`.
//   A seat of power (Cremlino) is its own ORG entity with the state as `actor`.
// - kind "demonym": a nationality word ("nordcoreani"), `entity` = `actor` = the state;
// - kind "role": a role phrase naming a person ("il ministro della Difesa russo"); its
//   span starts where the RolePhrase starts and stops before a named qualifier ("il
//   portavoce" of "il portavoce del Cremlino"), so it never overlaps a name.
// Use `actor ?? entity` for who acts and `entity` for where something happens.
export { resolveArticle, type ResolvedArticle } from "./article.ts";
export { resolveCorpus } from "./corpus.ts";
export { findRolePhrases, type RolePhrase } from "./role-phrases.ts";
/** Whether a name is used as a place ("a Mosca") rather than as an actor ("Mosca chiede"). */
export { usedAsPlace } from "./metonymy.ts";
