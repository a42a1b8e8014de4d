/** Step "Thông tin chung": header fields, tên loại, trích yếu, opening paragraphs, and the list of chapters. */
import { Box, Divider, Stack, TextField, Typography } from '@mui/material';
import type { Report, ReportHeader } from '../../../core/model/report-schema';
import type { Template } from '../../../core/templates/template-schema';
import { RichTextEditor } from '../editor/rich-text-editor';
import { ChaptersManager } from './chapters-manager';
import { HeaderPreview } from './header-preview';
import { LineField } from './line-field';
import type { UpdateReport } from './wizard-types';

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

  return (
    <Stack spacing={3}>
      <Box>
        <Typography variant="h6" sx={{ mb: 1.5 }}>Cơ quan và số, ký hiệu</Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2, mb: 2 }}>
          <LineField label="Cơ quan cấp trên trực tiếp" value={h.parentOrg} onValue={(v) => setHeader({ parentOrg: v })} maxLength={300} placeholder="ĐẢNG BỘ TỈNH LAI CHÂU" helperText="Viết in hoa; để trống nếu không có." />
          <LineField label="Cơ quan ban hành" value={h.issuer} onValue={(v) => setHeader({ issuer: v })} maxLength={300} placeholder="HUYỆN ỦY TAM ĐƯỜNG" required />
        </Box>
        <Box sx={{ display: 'grid', gridTemplateColumns: '0.8fr 0.9fr 1.1fr 1.4fr 1.5fr', gap: 1.5 }}>
          <LineField label="Số" value={h.number} onValue={(v) => setHeader({ number: v })} maxLength={20} helperText="Trống nếu chưa cấp" />
          <LineField label="Ký hiệu loại" value={h.docTypeCode} onValue={(v) => setHeader({ docTypeCode: v })} maxLength={20} helperText="BC = báo cáo" />
          <LineField label="Ký hiệu cơ quan" value={h.issuerCode} onValue={(v) => setHeader({ issuerCode: v })} maxLength={40} helperText="HU = Huyện ủy" required />
          <LineField label="Địa danh" value={h.place} onValue={(v) => setHeader({ place: v })} maxLength={200} placeholder="Tam Đường" required />
          <TextField
            label="Ngày ban hành"
            type="date"
            value={h.date}
            onChange={(e) => setHeader({ date: /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : '' })}
            slotProps={{ inputLabel: { shrink: true } }}
            helperText="Trống nếu chưa ký"
          />
        </Box>
        <Box sx={{ mt: 2 }}>
          <HeaderPreview header={h} ruleSetId={report.ruleSet} />
        </Box>
      </Box>

      <Divider />

      <Box>
        <Typography variant="h6" sx={{ mb: 1.5 }}>Tên loại và trích yếu</Typography>
        <Stack spacing={2}>
          <LineField label="Tên loại văn bản" value={report.docType} onValue={(v) => update((r) => ({ ...r, docType: v }))} maxLength={100} sx={{ maxWidth: 320 }} />
          <LineField
            label="Trích yếu"
            multiline
            minRows={2}
            value={report.title}
            onValue={(v) => update((r) => ({ ...r, title: v }))}
            placeholder={template?.titleHint}
            helperText="Viết thường, bắt đầu bằng chữ thường, ví dụ: “sơ kết 5 năm thực hiện …”. Không xuống dòng."
            required
          />
        </Stack>
      </Box>

      <Divider />

      <Box>
        <Typography variant="h6" sx={{ mb: 0.5 }}>Phần mở đầu</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          Căn cứ báo cáo, trước chương I. Thay các dấu “…” bằng nội dung cụ thể.
        </Typography>
        <RichTextEditor
          label="Phần mở đầu"
          testId="editor-opening"
          initialBlocks={report.opening}
          footnoteOffset={footnoteOffset}
          onChange={(blocks) => update((r) => ({ ...r, opening: blocks }))}
          placeholder="Thực hiện Kế hoạch số … của Ban Thường vụ Tỉnh ủy …"
        />
      </Box>

      <Divider />

      <ChaptersManager report={report} update={update} onOpen={onOpenChapter} />
    </Stack>
  );
}
