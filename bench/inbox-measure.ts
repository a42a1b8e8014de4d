/** The measuring process of inbox-bench.ts: `tsx bench/inbox-measure.ts <folder> <pages>` prints one JSON line. */
import { measureInbox } from './inbox-bench';

const [dir, pages] = process.argv.slice(2);
if (!dir) throw new Error('usage: tsx bench/inbox-measure.ts <folder> <pages>');
measureInbox(dir, Number(pages ?? 30)).then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
