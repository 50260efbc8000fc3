/**
 * What an import accepts at most. Its own module so that the options page,
 * which states the limits, does not load the importer (ADR 0127).
 */
export const IMPORT_LIMITS = {
  /** bytes of the file as UTF-8 */
  maxBytes: 20 * 1024 * 1024,
  /** claims in one dataset */
  maxClaims: 25_000,
};
