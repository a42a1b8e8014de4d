#!/usr/bin/env node
/**
 * Static security scan of the BUILT app (S-24): Electronegativity through its API, strictly offline: its
 * start-up fetch of translations is replaced by an immediate refusal (it then uses its bundled English
 * texts), so the scan never opens a network connection; the GitHub release check is excluded. Any finding of MEDIUM or higher severity fails, except the reviewed ones below, each
 * with the reason a human accepted it. `node scripts/static-scan.mjs [dir]` exits 1 on findings.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);

/** Needs network (GitHub release list); S-16 is checked offline by hardening-policy.test.ts instead. */
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/**
 * Reviewed findings: check id → why it is not a problem here. Adding one needs a reason a reviewer can
 * check; static-scan.test.ts fails on any entry without one. (The docx-preview chunk's eval/new Function finding
 * went with JSZip: docx-preview now unzips through fflate, renderer/src/preview/jszip-on-fflate.ts.)
 */
export const REVIEWED = [
  {
    id: 'PRELOAD_JS_CHECK',
    file: /out\/main\/index\.js$/,
    reason:
      'Flags every preload for review. Ours exposes named functions only; electron/preload/index.test.ts asserts the exact key set (S-20).',
  },
];

export const ELECTRON_VERSION = require(join(ROOT, 'node_modules', 'electron', 'package.json')).version;

/**
 * Electronegativity's i18n module downloads a locale file with `got` on every run. Put a stand-in for that
 * `got` in the require cache first: it refuses at once, as a closed network would, without any connection.
 */
function blockTranslationDownload() {
  const i18nPath = require.resolve('@doyensec/electronegativity/dist/locales/i18n.js');
  const gotPath = require.resolve('got', { paths: [dirname(i18nPath)] });
  if (require.cache[gotPath]?.loaded) return;
  const refuse = () => Promise.reject(new Error('offline: translations are not downloaded'));
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: refuse, children: [], paths: [] };
}

/** Runs the scan; resolves to the findings that fail the gate and all MEDIUM+ issues for the log. */
export async function runStaticScan(
  input,
  { output = join(ROOT, 'node_modules', '.cache', 'electronegativity.sarif') } = {},
) {
  mkdirSync(dirname(output), { recursive: true });
  rmSync(output, { force: true });
  blockTranslationDownload();
  const run = require('@doyensec/electronegativity');
  const result = await run({
    input,
    output,
    isSarif: true,
    severitySet: 'medium',
    confidenceSet: 'tentative',
    isRelative: false,
    customScan: [],
    excludeFromScan: EXCLUDED_CHECKS,
    electronVersionOverride: ELECTRON_VERSION,
    parserPlugins: [],
  });
  await reportWritten(output);
  const medium = result.issues.filter((i) => i.severity.value >= 2);
  const failing = medium.filter(
    (i) => !REVIEWED.some((r) => r.id === i.id && r.file.test(i.file.split('\\').join('/'))),
  );
  return { failing, medium, errors: result.errors };
}

/**
 * Electronegativity starts writing its SARIF report without waiting for it, so the run resolves before the file
 * is complete; whoever then exits or removes the folder would cut it short. Wait until the report parses.
 */
async function reportWritten(output, { timeoutMs = 10_000, everyMs = 25 } = {}) {
  for (let waited = 0; ; waited += everyMs) {
    try {
      JSON.parse(readFileSync(output, 'utf8'));
      return;
    } catch (e) {
      if (waited >= timeoutMs) throw new Error(`Báo cáo quét ${output} không được ghi xong sau ${timeoutMs} ms: ${e}`);
    }
    await sleep(everyMs);
  }
}

export function formatFinding(i) {
  return `${i.id} (${i.severity.name}/${i.confidence.name}) ${i.file}:${i.location.line} ${i.sample ? `— ${i.sample.slice(0, 100)}` : ''}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const input = process.argv[2] ?? join(ROOT, 'out');
  const { failing, errors } = await runStaticScan(input);
  for (const e of errors) console.error(`Lỗi khi phân tích: ${JSON.stringify(e)}`);
  for (const f of failing) console.error(formatFinding(f));
  if (failing.length > 0 || errors.length > 0) {
    console.error(`Quét bảo mật tĩnh: ${failing.length} phát hiện cần sửa trong ${input}.`);
    process.exit(1);
  }
  console.log(`Quét bảo mật tĩnh: không có phát hiện mức MEDIUM trở lên trong ${input}.`);
}
