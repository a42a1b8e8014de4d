/** Entry point of the `soan-bao-cao` command (npm run cli -- render …; out/cli/soan-bao-cao.cjs when built). */
import { nodeCliIo } from './node-io';
import { runCli } from './run-cli';

runCli(process.argv.slice(2), nodeCliIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `Lỗi không mong đợi (hãy báo cho người quản trị kèm dòng này): ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
