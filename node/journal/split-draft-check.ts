/**
 * Checks an autosave's draft as it arrives in record texts (draft-content.ts): only the records whose hash the
 * journal has not validated before are parsed and checked with the report schema; the tree they form (ids,
 * children, depth, printed levels) is checked on a skeleton whenever it differs from the tree of the draft's
 * last accepted autosave (typing changes a record's text, not the tree, so most autosaves skip that check). A
 * whole-report save never comes here: it passes `parseReport` once and is split (contentOfReport).
 */
import { parseReport, type Report } from '../../core/model/report-schema';
import { checkSectionNode, checkSectionTree, type NodeShape } from '../../core/model/section-check';
import type { DraftContent } from './draft-content';
import { recordHash } from './section-blobs';

/** Same cap as a draft file: what cannot be exported cannot be journalled either. */
export const JOURNAL_MAX_DRAFT_BYTES = 5 * 1024 * 1024;

export class InvalidDraftError extends Error {
  constructor(readonly where: string) {
    super(`journal: invalid draft at ${where}`);
    this.name = 'InvalidDraftError';
  }
}

export class DraftTooLargeError extends Error {
  constructor() {
    super('journal: draft too large');
    this.name = 'DraftTooLargeError';
  }
}

export interface SplitDraft {
  /** The report with `sections: []`. */
  head: unknown;
  chapterIds: readonly string[];
  /** [section id, record text], every section of the draft. */
  records: readonly (readonly [string, string])[];
}

export interface CheckedContent {
  content: DraftContent;
  headHash: string;
  /** [section id, record hash] in the order received. */
  hashes: [string, string][];
  /** Every record text by hash (the ones already on disk are skipped when written). */
  texts: Map<string, string>;
  title: string;
  /** What the next check of the same draft may reuse. */
  memo: CheckMemo;
}

/** Section id → [record text, its hash]; a text equal to the one before needs no hashing again. */
export type TextHashes = ReadonlyMap<string, readonly [string, string]>;

/** A tree that passed `checkSectionTree`: the same head, chapters and node shapes pass it again. */
interface CheckedTree {
  headHash: string;
  chapterIds: readonly string[];
  shapes: ReadonlyMap<string, NodeShape>;
}

/** What a check of a draft leaves for the next check of the same draft. */
export interface CheckMemo {
  hashed: TextHashes;
  /** Absent when the tree was not checked on its own (a whole-report save). */
  tree?: CheckedTree | undefined;
  /** Set once the save this check belongs to is on disk: the token a delta autosave names as its base. */
  base?: string | undefined;
}

/** A delta autosave names a base main no longer holds (restart, another window, memo dropped): send it whole. */
export class ResendNeededError extends Error {
  constructor() {
    super('journal: resend the whole draft');
    this.name = 'ResendNeededError';
  }
}

/**
 * The whole record list of a delta autosave: the kept records as the journal accepted them at `base`, then the
 * changed ones. Throws ResendNeededError unless `memo` is that very state and holds every kept id.
 */
export function withKeptRecords(
  draft: SplitDraft,
  keep: readonly string[],
  base: string | undefined,
  memo: CheckMemo | undefined,
): SplitDraft {
  if (!memo?.base || memo.base !== base) throw new ResendNeededError();
  const records: (readonly [string, string])[] = [];
  for (const id of keep) {
    const known = memo.hashed.get(id);
    if (!known) throw new ResendNeededError();
    records.push([id, known[0]]);
  }
  for (const record of draft.records) records.push(record);
  return { ...draft, records };
}

/** Children and level of records validated before, by hash (content-addressed, so shared by all drafts). */
const shapes = new Map<string, NodeShape>();
const SHAPES_KEPT = 50_000;

function remember(hash: string, shape: NodeShape): void {
  if (shapes.size >= SHAPES_KEPT) shapes.clear();
  shapes.set(hash, shape);
}

/** Notes what a whole-report save stored, so the autosave after it checks only what then changes. */
export function rememberShape(hash: string, childIds: readonly string[], level: unknown): void {
  remember(hash, { childIds, level });
}

function shapeOf(hash: string, text: string): NodeShape {
  const known = shapes.get(hash);
  if (known) return known;
  const node = JSON.parse(text) as { childIds: readonly string[]; level?: unknown };
  const shape = { childIds: node.childIds, level: node.level };
  remember(hash, shape);
  return shape;
}

function checkSection(id: string, text: string, where: string): { hash: string; text: string } {
  let node: unknown;
  try {
    node = JSON.parse(text);
  } catch {
    throw new InvalidDraftError(where);
  }
  if (typeof node !== 'object' || node === null) throw new InvalidDraftError(where);
  const { childIds, ...own } = node as { childIds?: unknown };
  if (!Array.isArray(childIds) || !childIds.every((c) => typeof c === 'string'))
    throw new InvalidDraftError(`${where}.children`);
  const checked = checkSectionNode(id, own, childIds, where);
  if (!checked.ok) throw new InvalidDraftError(checked.where);
  // Stored as the schema returns it (text cleaned up); the renderer's text, already clean, is the same.
  const hash = recordHash(checked.text);
  remember(hash, { childIds, level: (own as { level?: unknown }).level });
  return { hash, text: checked.text };
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

const sameShape = (a: NodeShape | undefined, b: NodeShape) =>
  a === b || (a !== undefined && a.level === b.level && sameIds(a.childIds, b.childIds));

/** True when `tree` is the one `before` checked: same head, chapters, and every node with the same shape. */
function sameTree(before: CheckedTree | undefined, tree: CheckedTree): boolean {
  if (!before || before.headHash !== tree.headHash || before.shapes.size !== tree.shapes.size) return false;
  if (!sameIds(before.chapterIds, tree.chapterIds)) return false;
  for (const [id, shape] of tree.shapes) if (!sameShape(before.shapes.get(id), shape)) return false;
  return true;
}

export function checkSplitDraft(
  draft: SplitDraft,
  knownValid: ReadonlySet<string>,
  before: CheckMemo = { hashed: new Map() },
): CheckedContent {
  let headText = JSON.stringify(draft.head) ?? '';
  let size = headText.length;
  for (const [, text] of draft.records) size += text.length;
  if (size > JOURNAL_MAX_DRAFT_BYTES) throw new DraftTooLargeError();

  let headHash = recordHash(headText);
  let head = draft.head as Record<string, unknown>;
  if (!knownValid.has(headHash)) {
    const parsed = parseReport({ ...(typeof head === 'object' && head !== null ? head : {}), sections: [] });
    if (!parsed.ok) throw new InvalidDraftError(parsed.issues[0]?.path.map(String).join('.') || 'gốc');
    head = { ...parsed.value, sections: [] };
    headText = JSON.stringify(head);
    headHash = recordHash(headText);
  }

  const texts = new Map<string, string>([[headHash, headText]]);
  /** Record text by section id, as stored (cleaned up by the schema when it was checked here). */
  const sections = new Map<string, string>();
  const shapeById = new Map<string, NodeShape>();
  const hashes: [string, string][] = [];
  const hashed = new Map<string, readonly [string, string]>();
  for (const [i, [id, text]] of draft.records.entries()) {
    const last = before.hashed.get(id);
    const same = last?.[0] === text;
    let hash = same ? last[1] : recordHash(text);
    hashed.set(id, same ? last : [text, hash]);
    let stored = text;
    if (!knownValid.has(hash)) ({ hash, text: stored } = checkSection(id, text, `sections.${i}`));
    if (sections.has(id)) throw new InvalidDraftError(`sections.${i}`);
    sections.set(id, stored);
    shapeById.set(id, shapeOf(hash, stored));
    texts.set(hash, stored);
    hashes.push([id, hash]);
  }

  const tree: CheckedTree = { headHash, chapterIds: draft.chapterIds, shapes: shapeById };
  if (!sameTree(before.tree, tree)) {
    const where = checkSectionTree(
      head as Omit<Report, 'sections'>,
      draft.chapterIds,
      (id) => shapeById.get(id) ?? null,
      sections.size,
    );
    if (where !== null) throw new InvalidDraftError(where);
  }

  return {
    content: { head: headText, chapterIds: [...draft.chapterIds], sections },
    headHash,
    hashes,
    texts,
    title: typeof head.title === 'string' ? head.title.trim().slice(0, 300) : '',
    memo: { hashed, tree },
  };
}
