/**
 * The command line: `soan-bao-cao render <bản-nháp.baocao.json> -o <báo-cáo.docx>`. All side effects come in
 * through `io`, so the whole flow (arguments, messages, exit codes) is tested without touching the disk.
 * Exit codes: 0 done, 1 the file could not be read, parsed or written, 2 wrong usage.
 */
import { parseArgs } from 'node:util';
import { renderDocx } from '../core/docx/render-docx';
import { DRAFT_FILE_MAX_BYTES, parseDraftFile } from '../core/model/draft-file';
import { formatDecimal } from '../core/text/vi-number';

export interface CliIo {
  /** Reads at most `maxBytes`; returns 'too-large' instead of reading a bigger file. Throws fs errors (with `code`). */
  readFile(path: string, maxBytes: number): Promise<Uint8Array | 'too-large'>;
  /** Writes the whole file or nothing (atomic); throws an Error whose message is a Vietnamese sentence. */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  stdout(line: string): void;
  stderr(line: string): void;
  /** Milliseconds, for the timing shown on success. */
  now(): number;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export const USAGE = [
  'Soạn Báo Cáo — xuất bản nháp báo cáo ra tệp Word (.docx) đúng thể thức.',
  '',
  'Cách dùng:',
  '  soan-bao-cao render <bản-nháp.baocao.json> -o <báo-cáo.docx>',
  '',
  'Tùy chọn:',
  '  -o, --output <tệp.docx>  nơi lưu tệp Word (mặc định: cùng tên, cùng thư mục với bản nháp)',
  '  -h, --help               hiện hướng dẫn này',
].join('\n');

const READ_MESSAGES: Readonly<Record<string, string>> = {
  ENOENT: 'Không tìm thấy tệp bản nháp “{path}”. Hãy kiểm tra lại tên và thư mục của tệp.',
  EISDIR: '“{path}” là một thư mục, không phải tệp bản nháp. Hãy chỉ ra tệp .baocao.json.',
  EACCES: 'Không có quyền đọc tệp “{path}”. Hãy chép tệp sang thư mục của mình rồi thử lại.',
  EPERM: 'Không có quyền đọc tệp “{path}”. Hãy chép tệp sang thư mục của mình rồi thử lại.',
};

function readErrorMessage(error: unknown, path: string): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const template = READ_MESSAGES[code] ?? 'Không đọc được tệp “{path}” (lỗi {code}). Hãy thử lại hoặc chép tệp sang nơi khác.';
  return template.replace('{path}', path).replace('{code}', code || 'không rõ');
}

/** "bao-cao.baocao.json" → "bao-cao.docx". */
export function defaultOutputPath(input: string): string {
  return input.replace(/(\.baocao)?\.json$/i, '') + '.docx';
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch {
    io.stderr(`Lệnh không đúng: có tùy chọn không hiểu được hoặc thiếu giá trị sau -o.\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    (values.help ? io.stdout : io.stderr)(USAGE);
    return values.help ? EXIT_OK : EXIT_USAGE;
  }
  const [command, input, ...extra] = positionals;
  if (command !== 'render') {
    io.stderr(`Không có lệnh “${command}”. Lệnh hiện có: render.\n\n${USAGE}`);
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
  let bytes: Uint8Array | 'too-large';
  try {
    bytes = await io.readFile(input, DRAFT_FILE_MAX_BYTES);
  } catch (error) {
    io.stderr(readErrorMessage(error, input));
    return EXIT_FAILED;
  }
  if (bytes === 'too-large') {
    io.stderr(`Tệp “${input}” quá lớn (trên 5 MB) nên không phải bản nháp báo cáo. Hãy kiểm tra lại đúng tệp .baocao.json chưa.`);
    return EXIT_FAILED;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    io.stderr(`Tệp “${input}” không phải văn bản UTF-8 nên không phải bản nháp báo cáo. Hãy mở lại tệp gốc.`);
    return EXIT_FAILED;
  }
  const draft = parseDraftFile(text);
  if (!draft.ok) {
    io.stderr(draft.message);
    return EXIT_FAILED;
  }

  const docx = await renderDocx(draft.draft.report);
  try {
    await io.writeFile(output, docx);
  } catch (error) {
    io.stderr(error instanceof Error && error.message ? error.message : `Không lưu được tệp “${output}”. Hãy chọn nơi lưu khác rồi thử lại.`);
    return EXIT_FAILED;
  }
  const millis = Math.round(io.now() - started);
  io.stdout(`Đã xuất ${output} (${formatDecimal(docx.length / 1024)} KB, ${millis} ms)`);
  return EXIT_OK;
}
