/**
 * Export and USB submission with a rule-set from an installed, signed template pack: the real pack code
 * (build → verify → store → load), the real renderer and the real writers; only the save dialog is faked.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { promises as fs, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderDocx } from '../../core/docx/render-docx';
import { ruleSetNotInstalledMessage } from '../../core/rules/rule-set-registry';
import { listRuleSets } from '../../core/rules/rule-sets';
import { minimalReport as baseReport, textParagraph } from '../../test-support/report-builder';
import { requirePart, unzipDocx } from '../../test-support/docx-xml';
import { createExportDocxHandler } from './export-docx';
import { realSubmissionFs } from '../files/verified-write-fs';
import { submitReport } from '../submission/submit-report';
import { writeFileVerified } from '../files/verified-write';
import { buildTemplatePack } from '../packages/package-builder';
import { readSignedPackage } from '../packages/signed-package';
import { realPackageFs } from '../packages/real-package-fs';
import { keyIdOf, type TrustedKey } from '../packages/trusted-keys';
import { templatePackManifestSchema } from '../../core/packages/package-manifest';
import { createPackStore, PACK_FILE, type PackStoreFs } from '../packages/pack-store';
import { cachedRuleSets, createReportRenderer, installedRuleSetsFrom, notifyingPackStore } from './report-renderer';
import { inProcessPackageReader } from '../packages/package-reader';

const ROOT = join(import.meta.dirname, '..', '..');
const fsx: PackStoreFs = { ...realPackageFs, readdir: (p) => fs.readdir(p) };
const RELEASE = {
  packId: 'tinh-uy-lc',
  version: '1.0.0',
  name: 'Gói thể thức Tỉnh ủy',
  releasedAt: '2026-02-01T00:00:00Z',
  expiresAt: '2027-02-01T00:00:00Z',
};

/** HD 36 with a 13 pt body and a 35 mm left margin: both visible in document.xml. */
function provinceRuleSet() {
  const base = JSON.parse(readFileSync(join(ROOT, 'core', 'rules', 'hd36-2018.json'), 'utf8')) as Record<
    string,
    Record<string, unknown>
  >;
  return {
    ...base,
    id: 'lc-2026',
    name: 'Thể thức Tỉnh ủy Lai Châu 2026',
    validFrom: '2026-01-01',
    body: { ...base.body, size: 13 },
    page: { ...base.page, marginLeftMm: 35 },
  };
}

let dir: string;
let trusted: TrustedKey[];
let store: ReturnType<typeof createPackStore>;
let signingKey: KeyObject;

/** Builds, signs and verifies a pack release whose rule-set has the given body size. */
function release(version: string, bodySize: number) {
  const ruleSet = provinceRuleSet();
  const bytes = buildTemplatePack(
    new Map([
      [
        'rule-sets/lc.json',
        new TextEncoder().encode(JSON.stringify({ ...ruleSet, body: { ...ruleSet.body, size: bodySize } })),
      ],
    ]),
    { ...RELEASE, version },
    signingKey,
  );
  const read = readSignedPackage(bytes, templatePackManifestSchema, {
    trustedKeys: trusted,
    maxBytes: bytes.byteLength,
  });
  if (!read.ok) throw new Error('test pack does not verify');
  return { manifest: read.manifest, bytes };
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pack-render-'));
  const pair = generateKeyPairSync('ed25519');
  trusted = [{ keyId: keyIdOf(pair.publicKey), key: pair.publicKey }];
  signingKey = pair.privateKey;
  store = createPackStore(join(dir, 'userData'), fsx, trusted, inProcessPackageReader);
  const first = release('1.0.0', 13);
  expect(await store.install(first.manifest, first.bytes)).toBe(true);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A report with a body paragraph, whose run size comes from the rule-set. */
const minimalReport = (o: { ruleSet: string }) =>
  baseReport({ ...o, opening: [textParagraph('Thực hiện Kế hoạch của Tỉnh ủy, Huyện ủy báo cáo như sau')] });

const renderReport = () =>
  createReportRenderer({ builtInRuleSets: listRuleSets, installedRuleSets: installedRuleSetsFrom(store), renderDocx });

function exportHandler(target: string, render: ReturnType<typeof renderReport>) {
  let dialogShown = false;
  const handler = createExportDocxHandler<null>({
    renderDocx: render,
    showSaveDialog: async () => ((dialogShown = true), { canceled: false, filePath: target }),
    explainFileName: async (_event, message) => {
      throw new Error(`name refused: ${message}`);
    },
    writeFile: (path, data) =>
      writeFileVerified(dirname(path), basename(path), data, realSubmissionFs, { overwrite: true }),
    documentsDir: () => dir,
    now: () => 0,
    log: () => undefined,
  });
  return { handler, dialogShown: () => dialogShown };
}

function layout(documentXml: string) {
  return {
    leftMargin: /<w:pgMar\b[^>]*\bw:left="(\d+)"/.exec(documentXml)?.[1],
    bodySizes: new Set([...documentXml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => m[1])),
  };
}

describe('rendering with installed rule-sets', () => {
  it('exports a report using the installed rule-set with its body size and margin', async () => {
    const target = join(dir, 'bao-cao.docx');
    const { handler } = exportHandler(target, renderReport());
    const response = await handler(
      { report: minimalReport({ ruleSet: 'lc-2026' }), suggestedName: 'bao-cao.docx' },
      null,
    );
    expect(response).toMatchObject({ status: 'saved' });
    const installed = layout(requirePart(unzipDocx(new Uint8Array(readFileSync(target))), 'word/document.xml'));
    expect(installed.leftMargin).toBe(String(Math.round((35 * 1440) / 25.4)));
    expect(installed.bodySizes).toContain('26');

    // The same report under the built-in HD 36: 30 mm and 14 pt, so the difference comes from the pack.
    const builtIn = layout(
      requirePart(unzipDocx(await renderReport()(minimalReport({ ruleSet: 'hd36-2018' }))), 'word/document.xml'),
    );
    expect(builtIn.leftMargin).toBe(String(Math.round((30 * 1440) / 25.4)));
    expect(builtIn.bodySizes).not.toContain('26');
  });

  it('refuses a rule-set not installed here with the Vietnamese sentence, before asking where to save', async () => {
    const target = join(dir, 'khong-co.docx');
    const { handler, dialogShown } = exportHandler(target, renderReport());
    const response = await handler(
      { report: minimalReport({ ruleSet: 'hd05-2026' }), suggestedName: 'khong-co.docx' },
      null,
    );
    expect(response).toEqual({ status: 'error', message: ruleSetNotInstalledMessage('hd05-2026') });
    expect(dialogShown()).toBe(false);
    expect(readdirSync(dir)).not.toContain('khong-co.docx');
  });

  it('submits to USB with the installed rule-set in the bundled .docx', async () => {
    const dest = join(dir, 'usb');
    await fs.mkdir(dest);
    const result = await submitReport(
      { report: minimalReport({ ruleSet: 'lc-2026' }), templateId: 'dinh-ky', destDir: dest },
      {
        renderDocx: renderReport(),
        fsx: realSubmissionFs,
        now: () => new Date('2026-03-02T08:00:00Z'),
        appLabel: 'Soạn Báo Cáo test',
      },
    );
    const docxName = readdirSync(result.folderPath).find((n) => n.endsWith('.docx'))!;
    const xml = requirePart(
      unzipDocx(new Uint8Array(readFileSync(join(result.folderPath, docxName)))),
      'word/document.xml',
    );
    expect(layout(xml).leftMargin).toBe(String(Math.round((35 * 1440) / 25.4)));
  });
});

describe('the verified rule-set registry is kept between renders', () => {
  it('reads and verifies the installed packs once, and again only after an install or a rollback', async () => {
    let packReads = 0;
    const countingFs: PackStoreFs = {
      ...fsx,
      readFileCapped: (path, max) => {
        if (path.endsWith(PACK_FILE)) packReads += 1;
        return fsx.readFileCapped(path, max);
      },
    };
    const counted = createPackStore(join(dir, 'userData'), countingFs, trusted, inProcessPackageReader);
    const cache = cachedRuleSets(installedRuleSetsFrom(counted));
    const render = createReportRenderer({
      builtInRuleSets: listRuleSets,
      installedRuleSets: cache.installedRuleSets,
      renderDocx,
    });
    const bodySizes = async () =>
      layout(requirePart(unzipDocx(await render(minimalReport({ ruleSet: 'lc-2026' }))), 'word/document.xml'))
        .bodySizes;

    expect(await bodySizes()).toContain('26');
    await render(minimalReport({ ruleSet: 'lc-2026' }));
    await render(minimalReport({ ruleSet: 'hd36-2018' }));
    expect(packReads).toBe(1);

    // What the pack handlers get: installing a new version makes the next render use it.
    const handlersStore = notifyingPackStore(counted, cache.invalidate);
    const next = release('1.1.0', 12);
    expect(await handlersStore.install(next.manifest, next.bytes)).toBe(true);
    const readsAfterInstall = packReads;
    expect(await bodySizes()).toContain('24');
    expect(packReads).toBe(readsAfterInstall + 1);

    expect(await handlersStore.rollback('tinh-uy-lc')).toBe('done');
    expect(await bodySizes()).toContain('26');
  });
});
