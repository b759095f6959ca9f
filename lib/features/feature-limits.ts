/** Bump when any stored feature changes meaning: stored fingerprints are recomputed. */
// 2: runs of unspaced scripts (Chinese, Japanese, Thai…) are segmented into words; languages detected.
export const FEATURE_VERSION = 2;

export const FEATURE_LIMITS = {
  /** Per-document word rows cover the corpus' top words only. */
  docVocabulary: 4000,
  /** Per-document char rows are kept for at most this many documents (an evenly spaced sample). */
  docCharDocuments: 1000,
  openerWords: 3,
  closerWords: 4,
};
