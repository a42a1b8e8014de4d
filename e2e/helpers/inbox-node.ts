/**
 * The Node side of the "Nhận báo cáo" e2e, run with tsx in a process of its own: Playwright's loader cannot
 * import the JSON modules (rule-sets, outlines) that the bundle writer and node/inbox reach.
 *   write-stick <dir>  the received stick of test-support/inbox-fixtures plus one damaged bundle ("Son Binh")
 *   read <dir>         node/inbox's answer for <dir>, as JSON on stdout
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readInbox } from '../../node/inbox/read-inbox';
import { unitReport, UNITS, writeBundle, writeReceivedStick } from '../../test-support/inbox-fixtures';

async function writeStick(dir: string) {
  await writeReceivedStick(dir);
  // Sơn Bình's bundle arrives damaged: its Word file no longer matches what its manifest says.
  const broken = await writeBundle(join(dir, 'Son Binh'), unitReport(UNITS.sonBinh));
  const docx = (await readdir(broken.folderPath)).find((f) => f.endsWith('.docx'));
  if (!docx) throw new Error('the bundle writer wrote no .docx');
  const bytes = await readFile(join(broken.folderPath, docx));
  await writeFile(join(broken.folderPath, docx), Buffer.concat([bytes, Buffer.from('hỏng')]));
}

const [command, dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: inbox-node.ts write-stick|read <dir>');
if (command === 'write-stick') await writeStick(dir);
else if (command === 'read') process.stdout.write(JSON.stringify(await readInbox(dir)));
else throw new Error(`unknown command ${command}`);
