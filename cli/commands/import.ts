/**
 * `soan-bao-cao import <báo-cáo.docx> -o <bản-nháp.baocao.json>`: opens a Word report with the same parser
 * as the app, writes a draft file, prints what was recognised and what was not carried over. The file is read
 * bounded (never more than the parser accepts); .doc, .odt and damaged files are refused with the reason.
 */
import { serializeDraftFile } from '../../core/draft-file/draft-file-format';
import { PACKAGE_LIMITS } from '../../core/import/docx-package';
import { importDocx } from '../../core/import/import-docx';
import { noteLines, summaryLines } from '../../core/import/import-summary-text';
import { ruleSetTitle } from '../../core/rules/rule-set-titles';
import { builtInTemplates } from '../../core/templates/templates';

export interface ImportCliIo {
  readFile(path: string, maxBytes: number): Promise<Uint8Array | 'too-large'>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  stdout(line: string): void;
  stderr(line: string): void;
}

export const IMPORT_USAGE = 'soan-bao-cao import <báo-cáo.docx> -o <bản-nháp.baocao.json>';

/** "bao-cao.docx" → "bao-cao.baocao.json". */
export function defaultDraftPath(input: string): string {
  return input.replace(/\.docx$/i, '') + '.baocao.json';
}

const READ_MESSAGES: Readonly<Record<string, string>> = {
  ENOENT: 'Không tìm thấy tệp Word “{path}”. Hãy kiểm tra lại tên và thư mục của tệp.',
  EISDIR: '“{path}” là một thư mục, không phải tệp. Hãy chỉ ra tệp báo cáo .docx.',
  EACCES: 'Không có quyền đọc tệp “{path}”. Hãy chép tệp sang thư mục của mình rồi thử lại.',
  EPERM: 'Không có quyền đọc tệp “{path}”. Hãy chép tệp sang thư mục của mình rồi thử lại.',
};

function readErrorMessage(error: unknown, path: string): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const template =
    READ_MESSAGES[code] ?? 'Không đọc được tệp “{path}” (lỗi {code}). Hãy thử lại hoặc chép tệp sang nơi khác.';
  return template.replace('{path}', path).replace('{code}', code || 'không rõ');
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

export async function runImportCommand(input: string, output: string, io: ImportCliIo): Promise<0 | 1> {
  let bytes: Uint8Array | 'too-large';
  try {
    bytes = await io.readFile(input, PACKAGE_LIMITS.zipBytes);
  } catch (error) {
    io.stderr(readErrorMessage(error, input));
    return 1;
  }
  if (bytes === 'too-large') {
    io.stderr(
      `Tệp “${baseName(input)}” lớn hơn ${Math.round(PACKAGE_LIMITS.zipBytes / 1024 / 1024)} MB, quá lớn đối với một báo cáo Word nên không mở. Nếu tệp có nhiều hình ảnh, hãy xóa bớt hình rồi lưu lại.`,
    );
    return 1;
  }
  const result = importDocx(bytes, { templates: builtInTemplates(), fileName: baseName(input) });
  if (!result.ok) {
    io.stderr(result.message);
    return 1;
  }
  try {
    await io.writeFile(output, new TextEncoder().encode(serializeDraftFile(result.templateId, result.report)));
  } catch (error) {
    io.stderr(
      error instanceof Error && error.message
        ? error.message
        : `Không lưu được tệp “${output}”. Hãy chọn nơi lưu khác rồi thử lại.`,
    );
    return 1;
  }
  io.stdout(`Đã đọc ${baseName(input)} và lưu bản nháp ${output}.`);
  for (const line of summaryLines(result.summary, ruleSetTitle(result.summary.ruleSet))) io.stdout(line);
  if (result.notes.length > 0) {
    io.stdout('Chưa đưa được vào bản nháp (hãy kiểm tra):');
    for (const line of noteLines(result.notes)) io.stdout(line);
  } else io.stdout('Không có phần nào bị bỏ qua.');
  return 0;
}
