/**
 * The version of what indexing produces. Raise it in the change that alters what an indexed article holds
 * (cleaning, passages, quote, date or people extraction, term processing); the embedded engine then rebuilds its
 * snapshot, answering from the old one meanwhile. A change that does not alter the output (a comment, a
 * refactoring, a speed-up) keeps it, and every deploy of it reuses the index.
 */
export const INDEX_VERSION = '2026-12-07.20';
