/**
 * "Tải danh sách (Word)": the units that have not reported, as the office's short DOCX list
 * (core/submission/missing-units-document.ts). Saved like a report's export: in the desktop app main renders
 * it and writes it where the clerk chooses (save dialog, atomic write); in a plain browser the lazily loaded
 * writer renders it and the page downloads it.
 */
import { missingUnitsDocument } from '../../../core/submission/missing-units-document';
import type { Roster } from '../../../core/submission/submission-roster';
import { safeFileName } from '../../../core/text/safe-file-name';
import { saveDocx, type ExportOutcome } from '../export/export-report';
import { ruleSetFor, type OrgProfile } from '../profiles/org-profile';
import { localIsoDate } from '../text/format-timestamp';

export async function exportMissingUnits(
  roster: Roster,
  group: { periodLabel: string; outlineTitle: string },
  office: OrgProfile | null,
  now: number = Date.now(),
): Promise<ExportOutcome> {
  const date = localIsoDate(now);
  const report = missingUnitsDocument({
    roster,
    periodLabel: group.periodLabel,
    outlineTitle: group.outlineTitle,
    office: {
      parentOrg: office?.parentOrg ?? '',
      issuer: office?.issuer ?? '',
      issuerCode: office?.issuerCode ?? '',
      place: office?.place ?? '',
    },
    ruleSet: ruleSetFor(office?.family ?? 'party', date),
    date,
  });
  const suggestedName = safeFileName(`Danh sách đơn vị chưa gửi báo cáo ${group.periodLabel}`, 'docx');
  return saveDocx(report, suggestedName, {
    saved: (where) => `Đã lưu danh sách tại ${where}`,
    failed:
      'Không tạo được tệp Word danh sách đơn vị chưa nộp. Các báo cáo đã nhận vẫn còn nguyên; hãy thử lại, hoặc tải danh sách dạng CSV.',
  });
}
