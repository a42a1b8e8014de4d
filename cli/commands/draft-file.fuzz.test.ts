/**
 * ≥ 10 000 hostile draft files through `soan-bao-cao check` and the app's import (openDraftFileAt): no crash,
 * no hang, nothing written, one Vietnamese reason each; whatever is accepted is clean (NFC, XML-safe). Valid
 * generated drafts round-trip losslessly: file → import → export → the same file. The seed is printed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDraftFile, serializeDraftFile } from '../../core/draft-file/draft-file-format';
import { reportChecksum } from '../../core/draft-file/report-checksum';
import type { Report } from '../../core/model/report-schema';
import { openDraftFileAt } from '../../node/journal/draft-file-ipc';
import { minimalReport, section } from '../../test-support/report-builder';
import { EXIT_FAILED, EXIT_OK, runCli, type CliIo } from '../run-cli';

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
// eslint-disable-next-line no-control-regex -- matching the XML-invalid control characters is the point
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

const base = JSON.parse(
  serializeDraftFile('so-ket-tong-ket', minimalReport({ sections: [section('Chương một', [])] })),
) as Record<string, unknown>;

const nasty = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '',
    '../../x',
    'C:\\x',
    'Tie\u0302\u0301ng Vie\u0323\u0302t',
    '\u0000\u000B\uFFFE\uD800',
    '<w:t>]]>',
  ),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: nasty },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }).map((n) => 'ấ'.repeat(n * 35_000)) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 60, max: 3_000 })
      .map((d) => JSON.parse(`${'['.repeat(d)}${']'.repeat(d)}`) as unknown),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, true, -1, 1.5, 1e308, [], {}) },
);

/** A valid file, then one hostile edit somewhere in its tree. */
const mutatedFile = fc
  .tuple(
    fc.array(
      fc.oneof(
        nasty,
        fc.nat(5).map(String),
        fc.constantFrom('report', 'sections', 'header', 'title', 'checksum', 'formatVersion', 'format'),
      ),
      { minLength: 1, maxLength: 5 },
    ),
    hostileValue,
    fc.boolean(),
  )
  .map(([path, value, fixChecksum]) => {
    const file = structuredClone(base) as Record<string, unknown>;
    let node: Record<string, unknown> = file;
    for (const key of path.slice(0, -1)) {
      // Own keys only: walking into "__proto__" would pollute the test's own Object.prototype.
      if (!Object.hasOwn(node, key)) break;
      const next = node[key];
      if (next === null || typeof next !== 'object') break;
      node = next as Record<string, unknown>;
    }
    Object.defineProperty(node, path.at(-1)!, { value, enumerable: true, configurable: true, writable: true });
    // Half the time the attacker also recomputes the checksum, so the schema itself is exercised.
    if (fixChecksum && typeof file.checksum === 'object' && file.checksum !== null) {
      try {
        (file.checksum as Record<string, unknown>).value = reportChecksum(file.report);
      } catch {
        // Too deep for the test's own canonical JSON: the import refuses it before hashing anyway.
      }
    }
    return JSON.stringify(file) ?? 'null';
  });

const hostileText = fc.oneof(
  { weight: 6, arbitrary: mutatedFile },
  { weight: 1, arbitrary: fc.json({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: mutatedFile.chain((t) => fc.nat(t.length).map((n) => t.slice(0, n))) },
  { weight: 1, arbitrary: fc.integer({ min: 3, max: 9 }).map((v) => JSON.stringify({ ...base, formatVersion: v })) },
);

class RecordingIo implements CliIo {
  writes = 0;
  out: string[] = [];
  err: string[] = [];
  constructor(private readonly bytes: Uint8Array) {}
  readFile = async (_path: string, maxBytes: number) =>
    this.bytes.length > maxBytes ? ('too-large' as const) : this.bytes;
  writeFile = async () => void this.writes++;
  stdout = (line: string) => void this.out.push(line);
  stderr = (line: string) => void this.err.push(line);
  now = () => 0;
}

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) allStrings(v, out);
  return out;
}

describe(`hostile draft files (seed ${SEED}, ${RUNS} runs)`, () => {
  it('check and import never crash, never write, and agree on one Vietnamese reason', async () => {
    console.info(`[fuzz] seed=${SEED} runs=${RUNS}`);
    const started = performance.now();
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const bytes = new TextEncoder().encode(text);
        const io = new RecordingIo(bytes);
        const t0 = performance.now();
        const code = await runCli(['check', 'x.baocao.json'], io);
        expect(performance.now() - t0).toBeLessThan(2_000);
        let imported = 0;
        const opened = await openDraftFileAt('x.baocao.json', {
          readFile: io.readFile,
          findJournalDraft: async () => {
            imported++;
            return null;
          },
        });
        expect(io.writes).toBe(0);
        if (code === EXIT_OK) {
          expect(opened.status).toBe('opened');
          expect(io.out).toHaveLength(1);
          if (opened.status === 'opened') {
            for (const s of allStrings(opened.draft.report)) {
              expect(s).toBe(s.normalize('NFC'));
              expect(s).not.toMatch(INVALID_XML);
            }
          }
        } else {
          refused++;
          expect(code).toBe(EXIT_FAILED);
          expect(io.err).toHaveLength(1);
          expect(io.err[0]).toMatch(VIETNAMESE);
          expect(io.err[0]!.length).toBeLessThan(400);
          expect(opened).toEqual({ status: 'error', message: io.err[0] });
          expect(imported).toBe(0);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { seed: SEED, numRuns: RUNS },
    );
    const seconds = (performance.now() - started) / 1000;
    console.info(`[fuzz] ${RUNS} hostile files (${refused} refused) through check + import in ${seconds.toFixed(1)} s`);
    expect(refused).toBeGreaterThan(RUNS * 0.9);
  }, 120_000);

  it('valid generated drafts round-trip losslessly: file → import → export → same file', () => {
    const words = fc
      .array(fc.constantFrom('Đảng', 'bộ', 'huyện', 'Tam', 'Đường', 'nghị', 'quyết', 'thực', 'hiện', '42', '%'), {
        minLength: 1,
        maxLength: 12,
      })
      .map((w) => w.join(' '));
    const paragraph = fc.tuple(words, fc.option(words, { nil: undefined }), fc.boolean()).map(([t, note, bold]) => ({
      type: 'paragraph' as const,
      content: [
        { type: 'text' as const, text: t, ...(bold ? { bold: true } : {}) },
        ...(note
          ? [
              {
                type: 'footnote' as const,
                paragraphs: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: note }] }],
              },
            ]
          : []),
      ],
    }));
    const draft = fc
      .tuple(
        words,
        fc.array(fc.tuple(words, fc.array(paragraph, { maxLength: 4 })), { maxLength: 5 }),
        fc.string({ maxLength: 30 }),
      )
      .map(([title, chapters, step]): [Report, string] => [
        minimalReport({ title, sections: chapters.map(([h, p]) => section(h, p)) }),
        step,
      ]);
    fc.assert(
      fc.property(draft, ([report, step]) => {
        const file = serializeDraftFile('so-ket-tong-ket', report, {
          draftId: 'abc',
          lastStepKey: step,
          createdAt: 5,
          updatedAt: 9,
        });
        const imported = parseDraftFile(file);
        expect(imported.ok).toBe(true);
        if (!imported.ok) return;
        expect(imported.draft.report).toEqual(report);
        const { report: r, templateId, ...meta } = imported.draft;
        expect(serializeDraftFile(templateId, r, meta)).toBe(file);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
