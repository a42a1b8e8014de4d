/**
 * What each renderer chunk is made of: bytes per npm package (or per source folder for the app's own code),
 * read from the source maps of a build made with `--sourcemap`. gzip is estimated per group by compressing that
 * group's bytes alone (so the column does not add up exactly to the chunk's gzip size).
 *
 *   npx vite build --config vite.web.config.ts --sourcemap --outDir /tmp/sz --emptyOutDir
 *   npx tsx bench/bundle-composition.ts /tmp/sz [min KB gzip, default 1]
 *   DETAIL=@mui/material npx tsx bench/bundle-composition.ts /tmp/sz   (that package file by file; DETAIL=own: our files)
 */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

/** `node_modules/@scope/name/...` → `@scope/name`; own code → its first two folders. */
export function groupOf(source: string): string {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = source.slice(nm + 'node_modules/'.length).split('/');
    const name = parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
    // DETAIL=@mui/material: that package's files are listed one by one.
    return process.env.DETAIL === name ? parts.slice(name.split('/').length).join('/') : name;
  }
  const own = relative(process.cwd(), source);
  // DETAIL=own: the app's own code file by file.
  return process.env.DETAIL === 'own' ? own : own.split('/').slice(0, 2).join('/');
}

async function chunkGroups(code: string, map: RawSourceMap, mapDir: string): Promise<Map<string, string[]>> {
  const lines = code.split('\n');
  const lineStart: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStart.push(offset);
    offset += line.length + 1;
  }
  const spans: { at: number; group: string }[] = [];
  new SourceMapConsumer(map).eachMapping((m) => {
    spans.push({
      at: lineStart[m.generatedLine - 1]! + m.generatedColumn,
      group: m.source ? groupOf(resolve(mapDir, m.source)) : '(unmapped)',
    });
  });
  spans.sort((a, b) => a.at - b.at);
  const groups = new Map<string, string[]>();
  for (let i = 0; i < spans.length; i++) {
    const end = i + 1 < spans.length ? spans[i + 1]!.at : code.length;
    const list = groups.get(spans[i]!.group) ?? [];
    list.push(code.slice(spans[i]!.at, end));
    groups.set(spans[i]!.group, list);
  }
  return groups;
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: tsx bench/bundle-composition.ts <build dir with .js.map files>');
  const minKb = Number(process.argv[3] ?? 1);
  const assets = join(dir, 'assets');
  const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
  for (const file of (await readdir(assets)).filter((f) => f.endsWith('.js')).sort()) {
    const code = await readFile(join(assets, file), 'utf8');
    if (!existsSync(join(assets, `${file}.map`))) continue;
    const map = JSON.parse(await readFile(join(assets, `${file}.map`), 'utf8')) as RawSourceMap;
    const rows = [...(await chunkGroups(code, map, assets))].map(([group, parts]) => {
      const text = parts.join('');
      return { group, raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).byteLength };
    });
    rows.sort((a, b) => b.gzip - a.gzip);
    console.log(
      `\n${file}  raw ${kb(Buffer.byteLength(code))} KB  gzip ${kb(gzipSync(code, { level: 9 }).byteLength)} KB`,
    );
    for (const r of rows.filter((r) => r.gzip / 1024 >= minKb))
      console.log(`  ${r.group.padEnd(48)} raw ${kb(r.raw)}  gzip ${kb(r.gzip)}`);
  }
}

await main();
