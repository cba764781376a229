// Entity resolution: within an article (resolveArticle) and across the corpus (resolveCorpus).
export { resolveArticle, type ResolvedArticle } from "./article.ts";
export { resolveCorpus } from "./corpus.ts";
export { findRolePhrases, type RolePhrase } from "./role-phrases.ts";
/** Whether a name is used as a place ("a Mosca") rather than as an actor ("Mosca chiede"). */
export { usedAsPlace } from "./metonymy.ts";
