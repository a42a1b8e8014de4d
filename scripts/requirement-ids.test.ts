/** Every requirement id a comment cites (S-01, D-07 …) must resolve in docs/requirements.md. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const SOURCE_DIRS = ['core', 'electron', 'renderer', 'cli', 'e2e', 'test-support', 'scripts', 'bench', 'build'];
const ID = /\b[SDMUIT]-\d{2}\b/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'fixtures') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [path] : [];
  });
}

describe('requirement ids', () => {
  it('every id cited in the code is listed in docs/requirements.md', () => {
    const listed = new Set(readFileSync(join(root, 'docs', 'requirements.md'), 'utf8').match(/^\| ([SDMUIT]-\d{2}) \|/gm)?.map((row) => row.slice(2, 6)));
    const unresolved: string[] = [];
    for (const file of SOURCE_DIRS.flatMap((d) => sourceFiles(join(root, d)))) {
      for (const id of readFileSync(file, 'utf8').match(ID) ?? []) {
        if (!listed.has(id)) unresolved.push(`${relative(root, file)}: ${id}`);
      }
    }
    expect(listed.size).toBeGreaterThan(50);
    expect(unresolved).toEqual([]);
  });
});
