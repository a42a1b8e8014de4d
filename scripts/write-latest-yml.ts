/**
 * `npx tsx scripts/write-latest-yml.ts dist/<installer>.exe` writes `latest.yml` for the update server
 * next to the installer, with the version from package.json (see update-feed-index.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { latestYmlText } from '../electron/main/updates/update-feed-index';

const installer = process.argv[2];
if (!installer) {
  console.error('Cách dùng: npx tsx scripts/write-latest-yml.ts dist/<bộ-cài>.exe');
  process.exit(2);
}
const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
  version: string;
};
const target = join(dirname(installer), 'latest.yml');
writeFileSync(target, latestYmlText(basename(installer), new Uint8Array(readFileSync(installer)), version, new Date()));
console.log(`${target}: ${basename(installer)} ${version}`);
