// Entity resolution: within an article (resolveArticle) and across the corpus (resolveCorpus).
export { resolveArticle, type ResolvedArticle } from "./article.ts";
export { resolveCorpus } from "./corpus.ts";
export { findRolePhrases, type RolePhrase } from "./role-phrases.ts";
export { personKey, looseWord, sameFullName } from "./person-names.ts";
export { usedAsPlace } from "./metonymy.ts";
