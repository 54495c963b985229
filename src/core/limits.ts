/** Bounds shared by the schemas and the content script, kept free of zod so the content script can import them. */

/** The most tiles a job list's report carries: a page of 5,000 is reported, never refused; beyond this, cut. */
export const MAX_TILES = 10_000;

/**
 * Job tiles whose client facts the history remembers at most, the newest (history/remembered-tiles.ts); a day of
 * searching is a few hundred.
 */
export const MAX_REMEMBERED_TILES = 2000;
