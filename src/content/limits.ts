// How big an article file may be: one number shared by the configuration's default and the reader,
// in a module of its own so the configuration does not load the content reader to learn it.

/** Default MAX_ARTICLE_BYTES: 1 MiB. */
export const defaultMaxArticleBytes = 1_048_576;
