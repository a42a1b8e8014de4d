/**
 * "Tải danh sách (Word)": the units that have not reported, as the office's short DOCX list
 * (core/submission/missing-units-document.ts). Saved like a report's export: in the desktop app main renders
 * it and writes it where the clerk chooses (save dialog, atomic write); in a plain browser the lazily loaded
 * writer renders it and the page downloads it.
 */
import { missingUnitsDocument } from '../../../core/submission/missing-units-document';
import type { Roster } from '../../../core/submission/submission-roster';
import { safeFileName } from '../../../core/text/safe-file-name';
import { loadBrowserDocxWriter } from '../export/browser-docx-writer';
import { downloadBytes, type ExportOutcome } from '../export/export-report';
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
  const api = window.soanBaoCao;
  try {
    if (api) {
      const res = await api.exportDocx({ report, suggestedName });
      if (res.status === 'saved') return { status: 'saved', message: `Đã lưu danh sách tại ${res.filePath}` };
      if (res.status === 'canceled') return { status: 'canceled' };
      return { status: 'error', message: res.message };
    }
    const renderDocx = await loadBrowserDocxWriter();
    downloadBytes(await renderDocx(report), suggestedName);
    return {
      status: 'saved',
      message: `Đã tạo tệp “${suggestedName}”. Tệp nằm trong thư mục Tải xuống của trình duyệt.`,
    };
  } catch {
    return {
      status: 'error',
      message:
        'Không tạo được tệp Word danh sách đơn vị chưa nộp. Các báo cáo đã nhận vẫn còn nguyên; hãy thử lại, hoặc tải danh sách dạng CSV.',
    };
  }
}
