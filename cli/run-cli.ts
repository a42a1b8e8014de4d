/**
 * The command line: `soan-bao-cao` with `render`, `check`, `import`, `submit`, `compile`, `sign` and `verify` (USAGE below
 * says what each does). All side effects come in through `io` (node-io.ts gives the real ones), so the flow
 * (arguments, messages, exit codes) is tested without touching the disk.
 * Exit codes: 0 done, 1 the file could not be read, parsed or written (or a package was refused), 2 wrong usage.
 */
import { parseCommandArgs } from './parse-command-args';
import { renderDocx } from '../core/docx/render-docx';
import { RuleSetNotInstalledError } from '../core/rules/rule-set-registry';
import { runCheck } from './commands/check';
import { loadDraftFile } from './commands/load-draft';
import { runSubmitCommand, type SubmitCliIo } from './commands/submit';
import { COMPILE_USAGE, runCompileCommand, type CompileCliIo } from './commands/compile';
import { runSignCommand, SIGN_USAGE, type SignCliIo } from './commands/sign';
import { runVerifyCommand, VERIFY_USAGE } from './commands/verify';
import { displaySafe } from '../core/text/display-safe';
import { formatDecimal } from '../core/text/vi-number';
import { IMPORT_USAGE, defaultDraftPath, runImportCommand } from './commands/import';

export interface CliIo {
  /** Reads at most `maxBytes`; returns 'too-large' instead of reading a bigger file. Throws fs errors (with `code`). */
  readFile(path: string, maxBytes: number): Promise<Uint8Array | 'too-large'>;
  /** Writes the whole file or nothing (atomic); throws an Error whose message is a Vietnamese sentence. */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  stdout(line: string): void;
  stderr(line: string): void;
  /** Milliseconds, for the timing shown on success. */
  now(): number;
  /** What `submit` needs besides reading and printing (clock, fs, app label); absent → submit unavailable. */
  submission?: Omit<SubmitCliIo, 'readFile' | 'stdout' | 'stderr' | 'now'>;
  /** What `sign`/`verify` need besides reading and printing; absent → those commands unavailable. */
  packages?: Pick<SignCliIo, 'listFolder' | 'date' | 'env' | 'promptSecret'> & { appVersion: string };
  /** What `compile` needs besides reading, writing and printing; absent → compile unavailable. */
  inbox?: Pick<CompileCliIo, 'isFolder' | 'readInbox' | 'readLines'>;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export const USAGE = [
  'Soạn Báo Cáo — xuất bản nháp báo cáo ra tệp Word (.docx) đúng thể thức.',
  '',
  'Cách dùng:',
  '  soan-bao-cao render <bản-nháp.baocao.json> -o <báo-cáo.docx>',
  '  soan-bao-cao submit <bản-nháp.baocao.json> --to <thư-mục>   nộp qua USB: thư mục gồm tệp Word, bản nháp, manifest.json; đọc lại để kiểm tra',
  '  soan-bao-cao check <bản-nháp.baocao.json>   kiểm tra tệp bản nháp như khi mở trong ứng dụng (không ghi gì)',
  `  ${IMPORT_USAGE}   mở báo cáo Word (.docx) thành bản nháp; in những gì nhận ra và những gì chưa đưa vào được`,
  `  ${SIGN_USAGE.split('\n').join('\n  ')}   ký gói cập nhật / gói đề cương`,
  `  ${VERIFY_USAGE}   kiểm tra gói đúng như ứng dụng (mã thoát 0 = ứng dụng sẽ cài)`,
  '  soan-bao-cao compile <thư-mục-nộp | bản-nháp.baocao.json>... -o <tổng-hợp.baocao.json>   kiểm tra các báo cáo đã nhận rồi tổng hợp thành một bản nháp',
  '',
  'Tùy chọn:',
  '  -o, --output <tệp>       nơi lưu tệp Word (render) hoặc bản nháp (import); mặc định cùng tên, cùng thư mục',
  '  -h, --help               hiện hướng dẫn này',
].join('\n');

/** "bao-cao.baocao.json" → "bao-cao.docx". */
export function defaultOutputPath(input: string): string {
  return input.replace(/(\.baocao)?\.json$/i, '') + '.docx';
}

export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  // Every printed line may carry a title or path from a file: shown without bidi tricks or escapes (I-09).
  const io: CliIo = {
    ...rawIo,
    stdout: (line) => rawIo.stdout(displaySafe(line)),
    stderr: (line) => rawIo.stderr(displaySafe(line)),
  };
  // submit has its own options (--to), so it is dispatched before render's option parsing.
  if (argv[0] === 'submit') {
    if (!io.submission) {
      io.stderr('Lệnh submit không dùng được trong môi trường này. Hãy chạy bằng lệnh soan-bao-cao trên máy tính.');
      return EXIT_FAILED;
    }
    return runSubmitCommand(argv.slice(1), {
      readFile: io.readFile,
      stdout: io.stdout,
      stderr: io.stderr,
      now: io.now,
      ...io.submission,
    });
  }
  if (argv[0] === 'compile') {
    if (!io.inbox) {
      io.stderr('Lệnh compile không dùng được trong môi trường này. Hãy chạy bằng lệnh soan-bao-cao trên máy tính.');
      return EXIT_FAILED;
    }
    if (argv.includes('-h') || argv.includes('--help')) {
      io.stdout(COMPILE_USAGE);
      return EXIT_OK;
    }
    return runCompileCommand(argv.slice(1), {
      readFile: io.readFile,
      writeFile: io.writeFile,
      stdout: io.stdout,
      stderr: io.stderr,
      ...io.inbox,
    });
  }
  if (argv[0] === 'sign' || argv[0] === 'verify') {
    if (!io.packages) {
      io.stderr(`Lệnh ${argv[0]} không dùng được trong môi trường này. Hãy chạy bằng lệnh soan-bao-cao trên máy tính.`);
      return EXIT_FAILED;
    }
    const common = { readFile: io.readFile, stdout: io.stdout, stderr: io.stderr, date: io.packages.date };
    return argv[0] === 'sign'
      ? runSignCommand(argv.slice(1), {
          ...common,
          writeFile: io.writeFile,
          listFolder: io.packages.listFolder,
          env: io.packages.env,
          ...(io.packages.promptSecret === undefined ? {} : { promptSecret: io.packages.promptSecret }),
        })
      : runVerifyCommand(argv.slice(1), { ...common, appVersion: io.packages.appVersion });
  }
  const parsed = parseCommandArgs(argv, {
    output: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!parsed) {
    io.stderr(`Lệnh không đúng: có tùy chọn không hiểu được hoặc thiếu giá trị sau -o.\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    (values.help ? io.stdout : io.stderr)(USAGE);
    return values.help ? EXIT_OK : EXIT_USAGE;
  }
  const [command, input, ...extra] = positionals;
  if (command === 'check') {
    if (!input || extra.length > 0 || values.output !== undefined) {
      io.stderr(`Lệnh check cần đúng một tệp bản nháp (.baocao.json) và không có -o.\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    // Only reading and printing are handed over: check can never write.
    return runCheck(input, { readFile: io.readFile, stdout: io.stdout, stderr: io.stderr });
  }
  if (command === 'import') {
    if (!input || extra.length > 0) {
      io.stderr(`Lệnh import cần đúng một tệp Word (.docx).\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    const draftPath = values.output ?? defaultDraftPath(input);
    if (!/\.json$/i.test(draftPath)) {
      io.stderr(`Tệp bản nháp “${draftPath}” phải có đuôi .baocao.json. Hãy đặt tên, ví dụ: bao-cao.baocao.json.`);
      return EXIT_USAGE;
    }
    return runImportCommand(input, draftPath, {
      readFile: io.readFile,
      writeFile: io.writeFile,
      stdout: io.stdout,
      stderr: io.stderr,
    });
  }
  if (command !== 'render') {
    io.stderr(
      `Không có lệnh “${command}”. Lệnh hiện có: render, check, import, submit, compile, sign, verify.\n\n${USAGE}`,
    );
    return EXIT_USAGE;
  }
  if (!input || extra.length > 0) {
    io.stderr(`Lệnh render cần đúng một tệp bản nháp (.baocao.json).\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const output = values.output ?? defaultOutputPath(input);
  if (!/\.docx$/i.test(output)) {
    io.stderr(`Tệp xuất “${output}” phải có đuôi .docx. Hãy đặt tên, ví dụ: bao-cao.docx.`);
    return EXIT_USAGE;
  }

  const started = io.now();
  const draft = await loadDraftFile(input, io);
  if (!draft.ok) {
    io.stderr(draft.message);
    return EXIT_FAILED;
  }

  let docx: Uint8Array;
  try {
    docx = await renderDocx(draft.draft.report);
  } catch (error) {
    // The CLI knows only built-in rule-sets: a draft using one from an installed pack is said, not crashed on.
    if (!(error instanceof RuleSetNotInstalledError)) throw error;
    io.stderr(error.message);
    return EXIT_FAILED;
  }
  try {
    await io.writeFile(output, docx);
  } catch (error) {
    io.stderr(
      error instanceof Error && error.message
        ? error.message
        : `Không lưu được tệp “${output}”. Hãy chọn nơi lưu khác rồi thử lại.`,
    );
    return EXIT_FAILED;
  }
  const millis = Math.round(io.now() - started);
  io.stdout(`Đã xuất ${output} (${formatDecimal(docx.length / 1024)} KB, ${millis} ms)`);
  return EXIT_OK;
}
