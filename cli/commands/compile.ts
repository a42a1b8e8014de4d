/**
 * `soan-bao-cao compile <thư-mục-nộp | USB | bản-nháp.baocao.json>... -o <tổng-hợp.baocao.json>`: the app's
 * "Tổng hợp" from the command line, with the same verification (node/inbox) and the same compile (core/compile).
 * Every bundle is verified before anything is compiled: one damaged bundle refuses the whole run with its
 * Vietnamese reason and exit 1, so a compiled report never silently lacks a unit.
 */
import { serializeDraftFile } from '../../core/draft-file/draft-file-format';
import { compileReports, type CompileSource } from '../../core/compile/compile-reports';
import { bundleIdentity } from '../../core/submission/bundle-identity';
import type { InboxResult } from '../../node/inbox/read-inbox';
import { parseCommandArgs } from '../parse-command-args';
import { loadDraftFile, type DraftReadIo } from './load-draft';

export interface CompileCliIo extends DraftReadIo {
  writeFile(path: string, data: Uint8Array): Promise<void>;
  stdout(line: string): void;
  stderr(line: string): void;
  /** True for a folder (not following links), false for anything else, null when it does not exist. */
  isFolder(path: string): Promise<boolean | null>;
  readInbox(path: string): Promise<InboxResult>;
  /** The lines of a UTF-8 text file (the list of subordinate units), capped. */
  readLines(path: string): Promise<string[]>;
}

export const COMPILE_USAGE = [
  'Cách dùng:',
  '  soan-bao-cao compile <thư-mục-nộp hoặc USB | bản-nháp.baocao.json>... -o <tổng-hợp.baocao.json> [--don-vi <danh-sách.txt>]',
  '',
  'Kiểm tra từng bộ hồ sơ nộp (manifest, mã SHA-256, bản nháp) rồi tổng hợp các báo cáo cùng đề cương thành một',
  'bản nháp mới; --don-vi là tệp văn bản ghi tên các đơn vị trực thuộc, mỗi dòng một đơn vị, để biết đơn vị nào chưa nộp.',
].join('\n');

const encoder = new TextEncoder();

export async function runCompileCommand(argv: readonly string[], io: CompileCliIo): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    output: { type: 'string', short: 'o' },
    'don-vi': { type: 'string' },
  });
  if (!parsed) {
    io.stderr(`Lệnh compile không đúng: có tùy chọn không hiểu được hoặc thiếu giá trị.\n\n${COMPILE_USAGE}`);
    return 2;
  }
  const inputs = parsed.positionals;
  const output = parsed.values.output;
  if (inputs.length === 0 || !output) {
    io.stderr(`Lệnh compile cần ít nhất một thư mục nộp hoặc bản nháp và tệp kết quả sau -o.\n\n${COMPILE_USAGE}`);
    return 2;
  }
  if (!/\.baocao\.json$/iu.test(output)) {
    io.stderr(`Tệp kết quả “${output}” phải có đuôi .baocao.json. Hãy đặt tên, ví dụ: tong-hop.baocao.json.`);
    return 2;
  }

  const sources: CompileSource[] = [];
  for (const input of inputs) {
    const folder = await io.isFolder(input);
    if (folder === null) {
      io.stderr(`Không tìm thấy “${input}”. Hãy kiểm tra lại đường dẫn.`);
      return 1;
    }
    if (folder) {
      const inbox = await io.readInbox(input);
      if (!inbox.ok) {
        io.stderr(inbox.message);
        return 1;
      }
      const damaged = inbox.entries.filter((e) => !e.ok);
      if (damaged.length > 0) {
        for (const e of damaged) if (!e.ok) io.stderr(`Bộ hồ sơ “${e.folder}” bị từ chối: ${e.reason}`);
        io.stderr(
          `Không tổng hợp vì có ${damaged.length} bộ hồ sơ hỏng. Hãy bỏ các thư mục đó ra hoặc xin đơn vị nộp lại, rồi chạy lại.`,
        );
        return 1;
      }
      if (inbox.entries.length === 0) {
        io.stderr(`Trong “${input}” không có bộ hồ sơ nộp nào (thư mục có manifest.json).`);
        return 1;
      }
      for (const e of inbox.entries) if (e.ok) sources.push({ identity: e.identity, report: e.draft.report });
    } else {
      const draft = await loadDraftFile(input, io);
      if (!draft.ok) {
        io.stderr(`Tệp “${input}” bị từ chối: ${draft.message}`);
        return 1;
      }
      sources.push({ identity: bundleIdentity(draft.draft), report: draft.draft.report });
    }
  }

  let expectedUnits: string[] = [];
  const unitsFile = parsed.values['don-vi'];
  if (unitsFile !== undefined) {
    try {
      expectedUnits = (await io.readLines(unitsFile)).map((l) => l.normalize('NFC').trim()).filter(Boolean);
    } catch {
      io.stderr(
        `Không đọc được danh sách đơn vị “${unitsFile}”. Hãy kiểm tra tệp (văn bản UTF-8, mỗi dòng một đơn vị).`,
      );
      return 1;
    }
  }

  const result = compileReports(sources, { expectedUnits });
  if (!result.ok) {
    io.stderr(result.message);
    return 1;
  }
  const { summary } = result;
  try {
    await io.writeFile(output, encoder.encode(serializeDraftFile(result.templateId, result.report)));
  } catch (error) {
    io.stderr(
      error instanceof Error && error.message
        ? error.message
        : `Không lưu được tệp “${output}”. Hãy chọn nơi lưu khác rồi thử lại.`,
    );
    return 1;
  }
  io.stdout(`Đơn vị đã tổng hợp (${summary.included.length}): ${summary.included.join(', ')}.`);
  for (const e of summary.excluded) io.stdout(`Không đưa vào: ${e.unit} — ${e.reason}`);
  if (summary.missing.length > 0)
    io.stdout(`Chưa có báo cáo (${summary.missing.length}): ${summary.missing.join(', ')}.`);
  io.stdout(`Mục đã gộp: ${summary.sectionsMerged}; bảng đã cộng: ${summary.tablesSummed}.`);
  for (const line of summary.unmatched) io.stdout(`Chưa khớp: ${line}`);
  for (const line of summary.notes) io.stdout(`Cần điền tay: ${line}`);
  for (const p of result.problems) io.stdout(`Kiểm tra số liệu: ${p.message}`);
  io.stdout(`Đã ghi bản nháp tổng hợp ${output} (đề cương ${result.templateId}).`);
  return 0;
}
