/**
 * Format check before export: problems a provincial office would send the report back for, each tied to the
 * wizard step (`general`, `chapter:<sectionId>`, `closing`) where the clerk can fix it; the figures of the
 * tables are checked too (statistics-check.ts), each problem leading to its cell, and so is text still in the
 * legacy TCVN3/VNI encodings (legacy-encoding-check.ts).
 */
import { blockText, hasPlaceholder, sectionHasText } from '../model/report-text';
import type { Report, Section } from '../model/report-schema';
import type { RuleSet } from '../rules/rule-set-schema';
import type { Problem } from './problem';
import { checkStatistics } from './statistics-check';
import { checkLegacyEncoding } from './legacy-encoding-check';
import { checkRequiredHeader } from './header-check';
import { checkSymbol } from '../text/document-symbol';
import { detectToneStyle } from '../text/tone-style';
import { bareRecipient } from '../text/recipient-line';

export type { Problem, TableCellTarget } from './problem';

function sectionTexts(section: Section): string[] {
  return [section.heading, ...section.blocks.map(blockText), ...section.children.flatMap(sectionTexts)];
}

function emptyHeadings(section: Section): Section[] {
  return section.children.flatMap((c) => [...(c.heading.trim() === '' ? [c] : []), ...emptyHeadings(c)]);
}

function headingsWithPeriod(section: Section): Section[] {
  return [section, ...section.children.flatMap(headingsWithPeriod)].filter((s) => /[^.]\.$/u.test(s.heading.trim()));
}

export function checkReport(report: Report, ruleSet: RuleSet): Problem[] {
  const problems: Problem[] = [];
  const add = (id: string, severity: Problem['severity'], message: string, stepKey: string) => {
    problems.push({ id, severity, message, stepKey });
  };
  const h = report.header;

  problems.push(...checkRequiredHeader(report));
  if (h.number.trim() === '')
    add(
      'number-missing',
      'warning',
      'Chưa có số văn bản. Văn bản sẽ để trống số; hãy điền số khi văn thư cấp số.',
      'general',
    );
  if (h.dateText !== undefined)
    add(
      'date-invalid',
      'error',
      `Ngày ban hành “${h.dateText}” không phải ngày có thật. Hãy sửa theo dạng ngày/tháng/năm, ví dụ 15/6/2023.`,
      'general',
    );
  else if (h.date === '')
    add('date-missing', 'error', 'Chưa có ngày ban hành. Hãy chọn ngày ở bước Thông tin chung.', 'general');
  checkSymbol(h, { missing: false }).forEach((message, i) => add(`symbol-${i}`, 'warning', message, 'general'));
  if (hasPlaceholder(report.title) || report.opening.some((b) => hasPlaceholder(blockText(b)))) {
    add(
      'placeholder-general',
      'error',
      'Trích yếu hoặc đoạn mở đầu còn dấu “…” của mẫu. Hãy thay bằng nội dung thật.',
      'general',
    );
  }

  for (const section of report.sections) {
    const step = `chapter:${section.id}`;
    const name = section.heading.trim() || 'chưa đặt tên';
    if (!sectionHasText(section))
      add(
        `empty-${section.id}`,
        'error',
        `Chương “${name}” chưa có nội dung. Hãy viết nội dung hoặc xóa chương này.`,
        step,
      );
    for (const empty of emptyHeadings(section)) {
      add(
        `empty-heading-${empty.id}`,
        'error',
        `Một mục trong chương “${name}” chưa có tên. Hãy đặt tên mục hoặc xóa mục.`,
        step,
      );
    }
    if (sectionTexts(section).some((t) => hasPlaceholder(t))) {
      add(
        `placeholder-${section.id}`,
        'error',
        `Chương “${name}” còn dấu “…” của mẫu. Hãy thay bằng nội dung thật.`,
        step,
      );
    }
    for (const s of headingsWithPeriod(section)) {
      add(
        `heading-period-${s.id}`,
        'warning',
        `Tên mục “${s.heading.trim()}” kết thúc bằng dấu chấm. Tên mục không có dấu chấm cuối; hãy xóa dấu chấm.`,
        step,
      );
    }
  }

  const recipients = report.recipients.map(bareRecipient).filter((r) => r !== '');
  const emptyRows = report.recipients.length - recipients.length;
  if (emptyRows > 0) {
    add(
      'recipients-empty',
      'warning',
      `Nơi nhận có ${emptyRows} dòng trống; dòng trống không được in ra. Hãy gõ nơi nhận vào dòng đó hoặc xóa dòng.`,
      'closing',
    );
  }
  const archive = ruleSet.closing.archiveLabel;
  if (!(recipients[recipients.length - 1] ?? '').startsWith(archive)) {
    add(
      'recipients-archive',
      'warning',
      `Dòng cuối của Nơi nhận phải là “${archive} …”. Hãy thêm dòng “${archive}” vào cuối danh sách.`,
      'closing',
    );
  }
  if (report.signature.name.trim() === '')
    add('signer-missing', 'error', 'Chưa có họ tên người ký. Hãy nhập họ tên ở bước Nơi nhận và ký.', 'closing');
  const authority = report.signature.authority.trim();
  if (authority && !ruleSet.closing.authorityPrefixes.some((p) => authority.startsWith(p))) {
    add(
      'authority-prefix',
      'warning',
      `Quyền hạn ký “${authority}” không bắt đầu bằng ${ruleSet.closing.authorityPrefixes.join(', ')}. Hãy kiểm tra lại cách viết.`,
      'closing',
    );
  }

  const all = [
    report.title,
    ...report.opening.map(blockText),
    ...report.sections.flatMap(sectionTexts),
    ...report.closing.map(blockText),
  ].join('\n');
  const styles = detectToneStyle(all);
  if (styles['second-vowel'] > 0 && styles['first-vowel'] > 0) {
    add(
      'tone-style-mixed',
      'warning',
      `Văn bản dùng lẫn hai kiểu bỏ dấu (kiểu mới “hoà, uỷ” ${styles['second-vowel']} chỗ, kiểu cũ “hòa, ủy” ${styles['first-vowel']} chỗ). Hãy thống nhất một kiểu.`,
      'general',
    );
  }
  problems.push(...checkLegacyEncoding(report));
  problems.push(...checkStatistics(report));
  return problems;
}
