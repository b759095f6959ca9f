/** Bump when any stored feature changes meaning: stored fingerprints are recomputed. */
export const FEATURE_VERSION = 1;

export const FEATURE_LIMITS = {
  /** Per-document word rows cover the corpus' top words only. */
  docVocabulary: 4000,
  /** Per-document char rows are kept for at most this many documents (an evenly spaced sample). */
  docCharDocuments: 1000,
  openerWords: 3,
  closerWords: 4,
};
