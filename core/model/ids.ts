/**
 * The shapes of ids and times that cross a boundary (IndexedDB, IPC, journal files, draft files, signed
 * packages), in one place so every layer accepts exactly the same ones.
 */

/**
 * Draft ids, and the section, appendix and profile ids made the same way: letters, digits, "_" and "-", at most
 * 64. Safe in a URL hash and as a file name, since the journal names each draft's file after its id.
 */
export const DRAFT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Slugs naming templates, outline nodes, rule-sets and template packs ("so-ket-tong-ket", "hd36-2018"). */
export const SLUG_PATTERN = /^[a-z0-9-]{1,60}$/;

/** The latest time a JavaScript Date can hold, in ms since 1970 (±8.64e15 in ECMAScript); beyond it no time is real. */
export const MAX_TIME_MS = 8.64e15;
