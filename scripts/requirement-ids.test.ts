/**
 * What a comment cites must resolve inside the repository: every requirement id (S-01, D-07 …) in
 * docs/requirements.md, every "SPEC §N" in docs/spec-sections.md. Both are written by
 * scripts/write-requirements-doc.mjs from the design notes and the specification kept outside the repository.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const SOURCE_DIRS = [
  'core',
  'node',
  'electron',
  'renderer',
  'cli',
  'e2e',
  'test-support',
  'scripts',
  'bench',
  'build',
].filter((d) => existsSync(join(root, d)));
const ID = /\b[SDMUIT]-\d{2}\b/g;
/** "§5", "§10.2" (TCVN3 text uses "§" for "Đ", never before a digit). */
const SECTION = /§(\d+(?:\.\d+)*)/g;
/**
 * An issue number: "issue N", "issue-N", "(#N)", "lib#N". Readers of the repository cannot resolve them; a comment
 * says why in words. Colours ('#1f5f8b') and "PKCS#8" are not issue numbers.
 */
const ISSUE_REF = /\b(issues?[\s_-]?#?\d+)|(?:^|[\s(,;])(#\d+)\b|(?<!PKCS)(?<=\w)(#\d+)/gim;
function sourceFiles(dir: string, name: RegExp): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (entry === 'node_modules' || entry === 'fixtures') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path, name);
    return name.test(entry) ? [path] : [];
  });
}

/** The citations matched by `pattern` (its first group that matched, else the whole match) that `listed` lacks. */
function unknownIn(text: string, pattern: RegExp, listed: ReadonlySet<string>): string[] {
  return [...text.matchAll(pattern)]
    .map((m) => m.slice(1).find((g) => g !== undefined) ?? m[0])
    .filter((c) => !listed.has(c));
}

function unresolved(files: readonly string[], pattern: RegExp, listed: ReadonlySet<string>): string[] {
  return files.flatMap((file) =>
    unknownIn(readFileSync(file, 'utf8'), pattern, listed).map((c) => `${relative(root, file)}: ${c}`),
  );
}

describe('citations in comments', () => {
  it('every requirement id cited in the code is listed in docs/requirements.md', () => {
    const doc = readFileSync(join(root, 'docs', 'requirements.md'), 'utf8');
    const listed = new Set([...doc.matchAll(/^\| ([SDMUIT]-\d{2}) \|/gm)].map((m) => m[1]!));
    const code = SOURCE_DIRS.flatMap((d) => sourceFiles(join(root, d), /\.(ts|tsx|mjs|js)$/));
    expect(listed.size).toBeGreaterThan(50);
    expect(unresolved(code, ID, listed)).toEqual([]);
  });

  it('every SPEC section cited in the code or its notes is listed in docs/spec-sections.md', () => {
    const doc = readFileSync(join(root, 'docs', 'spec-sections.md'), 'utf8');
    const listed = new Set([...doc.matchAll(/^\| §(\d+(?:\.\d+)?) \|/gm)].map((m) => m[1]!));
    const files = SOURCE_DIRS.flatMap((d) => sourceFiles(join(root, d), /\.(ts|tsx|mjs|js|md)$/));
    expect(listed).toContain('13.2');
    expect(unresolved(files, SECTION, listed)).toEqual([]);
  });

  it('no comment or test name cites an issue number', () => {
    const files = SOURCE_DIRS.flatMap((d) => sourceFiles(join(root, d), /\.(ts|tsx|mjs|js|md)$/));
    expect(unresolved(files, ISSUE_REF, new Set())).toEqual([]);
  });

  it('catches a section or id that is not listed', () => {
    // Built from parts, so this file itself cites nothing unknown.
    const unknownId = ['S', '99'].join('-');
    const comment = `// SPEC §${'99'}.1, §3 and ${unknownId}`;
    expect(unknownIn(comment, SECTION, new Set(['3']))).toEqual(['99.1']);
    expect(unknownIn(comment, ID, new Set(['S-01']))).toEqual([unknownId]);
    const n = (k: number) => String(k);
    const refs = `// issue ${n(6)}; Issue-${n(4)}; lib#${n(345)}, #${n(1390)}; see (#${n(12)}); PKCS#${n(8)}; color '#${n(164766)}'`;
    expect(unknownIn(refs, ISSUE_REF, new Set())).toEqual([
      `issue ${n(6)}`,
      `Issue-${n(4)}`,
      `#${n(345)}`,
      `#${n(1390)}`,
      `#${n(12)}`,
    ]);
  });
});
