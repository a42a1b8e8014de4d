/** Step "Thông tin chung": header fields, tên loại, trích yếu, opening paragraphs, and the list of chapters. */
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Business from '@mui/icons-material/Business';
import type { Report, ReportHeader } from '../../../core/model/report-schema';
import { headerDateLine, parseIsoDate } from '../../../core/text/date-line';
import { DOCUMENT_TYPES, ISSUERS, checkSymbol } from '../../../core/text/document-symbol';
import type { Template } from '../../../core/templates/template-schema';
import { ViDateField } from '../date/vi-date-field';
import { ApplyProfileDialog } from '../profiles/apply-profile-dialog';
import { localIsoDate } from '../text/format-timestamp';
import { ChaptersManager } from './chapters-manager';
import { DeferredAbbreviationField } from './deferred-abbreviation-field';
import { DeferredRichTextEditor } from './deferred-rich-text';
import { HeaderPreview } from './header-preview';
import { ruleSetAfterDateChange } from './rule-set-choice';
import { RuleSetPicker } from './rule-set-picker';
import { useRuleSetRegistry } from '../template-packs/template-registry';
import { WhenIdle } from '../app/when-idle';
import { LineField } from './line-field';
import { SpelledLineField } from './spelled-line-field';
import type { UpdateReport } from './wizard-types';
import './wizard-layout.css';

/** The header with `dateText` set, or without the key when the field holds a date. */
function withDateText(header: ReportHeader, dateText: string | undefined): ReportHeader {
  const { dateText: _previous, ...rest } = header;
  return dateText === undefined ? rest : { ...rest, dateText };
}

interface GeneralStepProps {
  report: Report;
  template: Template | undefined;
  update: UpdateReport;
  footnoteOffset: number;
  onOpenChapter: (sectionId: string) => void;
}

export function GeneralStep({ report, template, update, footnoteOffset, onOpenChapter }: GeneralStepProps) {
  const h = report.header;
  const setHeader = (patch: Partial<ReportHeader>) => update((r) => ({ ...r, header: { ...r.header, ...patch } }));
  // The rule-set in force depends on the document date (within the draft's family: Đảng or Nhà nước),
  // among built-in and installed ones, unless the clerk picked one by hand.
  const ruleSets = useRuleSetRegistry();
  const setDate = (date: string, dateText: string | undefined) =>
    update((r) => ({
      ...r,
      ruleSet: ruleSetAfterDateChange(ruleSets, r, date),
      header: withDateText({ ...r.header, date }, dateText),
    }));
  const [applying, setApplying] = useState(false);
  const [today] = useState(() => localIsoDate(Date.now()));
  const symbolWarnings = checkSymbol(h);

  return (
    <Stack spacing={3}>
      <Box>
        <Box className="gs-row">
          <Typography variant="h6" className="wz-grow">
            Cơ quan và số, ký hiệu
          </Typography>
          <Button startIcon={<Business />} onClick={() => setApplying(true)}>
            Áp dụng hồ sơ
          </Button>
        </Box>
        <Box className="gs-orgs">
          {/* Each organisation field with its spelling notes under it, in one grid cell. */}
          <div>
            <SpelledLineField
              deferred
              lines
              data-find-field="parentOrg"
              label="Cơ quan cấp trên trực tiếp"
              value={h.parentOrg}
              onValue={(v) => setHeader({ parentOrg: v })}
              maxLength={300}
              placeholder="ĐẢNG BỘ TỈNH LAI CHÂU"
              helperText="Viết in hoa; để trống nếu không có. Enter để xuống dòng."
            />
          </div>
          <div>
            <SpelledLineField
              deferred
              lines
              data-find-field="issuer"
              label="Cơ quan ban hành"
              data-focus="issuer"
              value={h.issuer}
              onValue={(v) => setHeader({ issuer: v })}
              maxLength={300}
              placeholder="HUYỆN ỦY TAM ĐƯỜNG"
              helperText="Enter để xuống dòng đúng chỗ muốn in, như “ỦY BAN NHÂN DÂN” ↵ “XÃ NẬM TĂM”."
              required
            />
          </div>
        </Box>
        <Box data-focus="symbol" className="gs-symbol">
          <LineField
            deferred
            data-find-field="number"
            label="Số"
            value={h.number}
            onValue={(v) => setHeader({ number: v })}
            maxLength={20}
            helperText="Trống nếu chưa cấp"
          />
          <div data-focus="doc-type-code">
            <DeferredAbbreviationField
              findField="docTypeCode"
              label="Ký hiệu loại"
              value={h.docTypeCode}
              onValue={(v) => setHeader({ docTypeCode: v })}
              options={DOCUMENT_TYPES}
              maxLength={20}
              helperText="BC = báo cáo"
            />
          </div>
          <div data-focus="issuer-code">
            <DeferredAbbreviationField
              findField="issuerCode"
              label="Ký hiệu cơ quan"
              value={h.issuerCode}
              onValue={(v) => setHeader({ issuerCode: v })}
              options={ISSUERS}
              maxLength={40}
              helperText="HU = Huyện ủy"
              required
            />
          </div>
          <LineField
            deferred
            data-find-field="place"
            label="Địa danh"
            data-focus="place"
            value={h.place}
            onValue={(v) => setHeader({ place: v })}
            maxLength={200}
            placeholder="Tam Đường"
            required
          />
        </Box>
        {symbolWarnings.length > 0 && (
          <Alert severity="warning" sx={{ mt: 1.5 }} data-testid="symbol-warnings">
            {symbolWarnings.map((w) => (
              <div key={w}>{w}</div>
            ))}
          </Alert>
        )}
        <Box data-focus="date" className="gs-date">
          <ViDateField
            label="Ngày ban hành"
            value={h.date}
            invalidText={h.dateText}
            onValue={setDate}
            today={today}
            helperText="Gõ ngày/tháng/năm hoặc chọn trên lịch; trống nếu chưa ký"
          />
          <Typography className="gs-date-line" data-testid="date-line">
            {headerDateLine(h.place, parseIsoDate(h.date))}
          </Typography>
        </Box>
        <Box className="gs-gap">
          <RuleSetPicker report={report} update={update} />
        </Box>
        <Box className="gs-gap">
          <HeaderPreview header={h} ruleSetId={report.ruleSet} />
        </Box>
      </Box>

      <hr className="divider" />

      <Box>
        <Typography variant="h6" className="gs-heading">
          Tên loại và trích yếu
        </Typography>
        <Stack spacing={2}>
          <LineField
            deferred
            data-find-field="docType"
            label="Tên loại văn bản"
            data-focus="doc-type"
            value={report.docType}
            onValue={(v) => update((r) => ({ ...r, docType: v }))}
            maxLength={100}
            required
            sx={{ maxWidth: 320 }}
          />
          <SpelledLineField
            deferred
            lines
            data-focus="title"
            data-find-field="title"
            label="Trích yếu"
            value={report.title}
            onValue={(v) => update((r) => ({ ...r, title: v }))}
            placeholder={template?.titleHint}
            helperText="Viết thường, bắt đầu bằng chữ thường, ví dụ: “sơ kết 5 năm thực hiện …”. Phần mềm tự xuống dòng khi in; nhấn Enter nếu muốn ngắt dòng ở chỗ mình chọn."
            required
          />
        </Stack>
      </Box>

      <hr className="divider" />

      <Box>
        <Typography variant="h6" className="gs-heading-tight">
          Phần mở đầu
        </Typography>
        <Typography variant="body2" color="text.secondary" className="gs-hint">
          Căn cứ báo cáo, trước chương I. Thay các dấu “…” bằng nội dung cụ thể.
        </Typography>
        <DeferredRichTextEditor
          label="Phần mở đầu"
          testId="editor-opening"
          place="opening"
          initialBlocks={report.opening}
          footnoteOffset={footnoteOffset}
          onChange={(blocks) => update((r) => ({ ...r, opening: blocks }))}
          placeholder="Thực hiện Kế hoạch số … của Ban Thường vụ Tỉnh ủy …"
        />
      </Box>

      <hr className="divider" />

      {/* Below the fold: its rows (three icon buttons with tooltips per chapter) are drawn right after the first paint. */}
      <WhenIdle>
        <ChaptersManager report={report} update={update} onOpen={onOpenChapter} />
      </WhenIdle>
      {applying && <ApplyProfileDialog report={report} onApply={update} onClose={() => setApplying(false)} />}
    </Stack>
  );
}
