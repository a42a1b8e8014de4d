#!/usr/bin/env node
// Writes docs/requirements.md: each requirement id of the design notes (S-, D-, M-, U-, I-, T-) with its one-line
// title and the tests that cite it, and docs/spec-sections.md: each numbered section of the formatting
// specification with its title, so an id or a "SPEC §N" in a comment resolves inside the repository.
// Usage: node scripts/write-requirements-doc.mjs [path/to/reliability-security.md] [path/to/SPEC.md]
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const source = process.argv[2] ?? join(root, '..', 'shared', 'design', 'reliability-security.md');
const specSource = process.argv[3] ?? join(root, '..', 'shared', 'format', 'SPEC.md');
const ROW = /^\| ([SDMUIT]-\d{2}) \| (.*?) \|/gm;
/** "## 5. Body (ô 6)", "### 5.1 Heading hierarchy …": the numbered headings are the sections "SPEC §5", "§5.1" cite. */
const SPEC_HEADING = /^#{2,3} (\d+(?:\.\d+)?)\.? (.+)$/gm;
const GROUPS = {
  S: 'Security (Electron)',
  D: 'Durability',
  M: 'Files and media',
  U: 'Updates',
  I: 'Input from outside',
  T: 'Testing',
};
const SKIP = new Set(['node_modules', 'out', 'dist', '.git', 'docs']);

function title(cell) {
  const bold = /^\*\*(.+?)\*\*/.exec(cell);
  return (bold ? bold[1] : cell).replace(/[.:]$/, '').trim();
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(test|spec)\.tsx?$/.test(name) ? [path] : [];
  });
}

const requirements = [...readFileSync(source, 'utf8').matchAll(ROW)].map(([, id, cell]) => ({
  id,
  title: title(cell),
}));
// The ids test quotes ids as examples; it tests none of them.
const tests = files(root)
  .map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }))
  .filter((t) => t.path !== join('scripts', 'requirement-ids.test.ts'));

let out =
  '# Requirements\n\nIds cited in code comments. Each comes from the design notes on reliability and security ' +
  '(kept outside this repository); the title is the requirement in one line, and "tested in" lists the test files ' +
  'that cite the id. Regenerate with `node scripts/write-requirements-doc.mjs <design-notes.md>`.\n';
for (const [prefix, heading] of Object.entries(GROUPS)) {
  out += `\n## ${prefix}- ${heading}\n\n| id | requirement | tested in |\n|---|---|---|\n`;
  for (const r of requirements.filter((x) => x.id.startsWith(prefix))) {
    const where = tests.filter((t) => new RegExp(`\\b${r.id}\\b`).test(t.text)).map((t) => `\`${t.path}\``);
    out += `| ${r.id} | ${r.title.replace(/\|/g, '\\|')} | ${where.join(', ') || '—'} |\n`;
  }
}
writeFileSync(join(root, 'docs', 'requirements.md'), out);
console.log(`docs/requirements.md: ${requirements.length} requirements`);

const sections = [...readFileSync(specSource, 'utf8').matchAll(SPEC_HEADING)].map(([, number, heading]) => ({
  number,
  heading: heading.trim(),
}));
let spec =
  '# Format specification sections\n\n"SPEC §N" in a code comment is a section of the formatting specification for ' +
  'reports (SPEC.md, kept outside this repository with the design notes). Each numbered section with its title. ' +
  'Regenerate with `node scripts/write-requirements-doc.mjs <design-notes.md> <SPEC.md>`.\n\n| § | section |\n|---|---|\n';
for (const s of sections) spec += `| §${s.number} | ${s.heading.replace(/\|/g, '\\|')} |\n`;
writeFileSync(join(root, 'docs', 'spec-sections.md'), spec);
console.log(`docs/spec-sections.md: ${sections.length} sections`);
