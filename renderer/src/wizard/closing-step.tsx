/** Step "Nơi nhận và ký": closing paragraphs, the recipients list and the signature block. */
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Tooltip } from '../app/tooltip';
import Add from '@mui/icons-material/Add';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { LIMITS, type Report, type Signature } from '../../../core/model/report-schema';
import { FieldSpellingSlot } from '../spelling/field-spelling-slot';
import { DeferredRichTextEditor } from './deferred-rich-text';
import { LineField } from './line-field';
import { SpelledLineField } from './spelled-line-field';
import { bareRecipient } from './recipient-text';
import type { UpdateReport } from './wizard-types';

interface ClosingStepProps {
  report: Report;
  update: UpdateReport;
  footnoteOffset: number;
}

export function ClosingStep({ report, update, footnoteOffset }: ClosingStepProps) {
  const setRecipients = (fn: (list: string[]) => string[]) => update((r) => ({ ...r, recipients: fn(r.recipients) }));
  const setSignature = (patch: Partial<Signature>) =>
    update((r) => ({ ...r, signature: { ...r.signature, ...patch } }));
  // The row just added takes the focus: the clerk types the recipient at once (left on the button, every
  // space and Enter of that text would press it again and add empty rows).
  const [added, setAdded] = useState<number | null>(null);
  const firstEmpty = report.recipients.findIndex((r) => bareRecipient(r) === '');
  const move = (i: number, j: number) =>
    setRecipients((list) => {
      const out = [...list];
      [out[i], out[j]] = [out[j]!, out[i]!];
      return out;
    });

  return (
    <Stack spacing={3}>
      <Box>
        <Typography variant="h6" sx={{ mb: 0.5 }}>
          Đoạn kết (nếu có)
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          Ví dụ: “Trên đây là báo cáo …”. Có thể để trống.
        </Typography>
        <DeferredRichTextEditor
          label="Đoạn kết"
          testId="editor-closing"
          place="closing"
          initialBlocks={report.closing}
          footnoteOffset={footnoteOffset}
          onChange={(blocks) => update((r) => ({ ...r, closing: blocks }))}
        />
      </Box>

      <hr className="divider" />

      <Box data-focus="recipients">
        <Typography variant="h6" sx={{ mb: 1 }}>
          Nơi nhận
        </Typography>
        <Alert severity="info" sx={{ mb: 1.5 }}>
          Mỗi dòng một nơi nhận, dòng cuối thường là “Lưu …”. Không cần gõ dấu “- ” ở đầu dòng hay dấu phẩy, dấu chấm ở
          cuối dòng: phần mềm tự thêm khi xuất.
        </Alert>
        <Stack spacing={1} component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {report.recipients.map((rec, i) => (
            <Box key={i} component="li" {...(i === firstEmpty ? { 'data-focus': 'recipient-empty' } : {})}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Typography sx={{ width: 16, color: 'text.secondary' }}>-</Typography>
                <LineField
                  data-find-field={`recipient:${i}`}
                  label={`Nơi nhận ${i + 1}`}
                  value={rec}
                  maxLength={500}
                  autoFocus={i === added}
                  onValue={(v) => setRecipients((list) => list.map((x, k) => (k === i ? v : x)))}
                  onBlur={() => setRecipients((list) => list.map((x, k) => (k === i ? bareRecipient(x) : x)))}
                />
                <Tooltip title="Chuyển lên">
                  <span>
                    <IconButton
                      size="small"
                      aria-label={`Chuyển nơi nhận ${i + 1} lên`}
                      disabled={i === 0}
                      onClick={() => move(i, i - 1)}
                    >
                      <ArrowUpward fontSize="small" />
                    </IconButton>
                  </span>
                </Tooltip>
                <Tooltip title="Chuyển xuống">
                  <span>
                    <IconButton
                      size="small"
                      aria-label={`Chuyển nơi nhận ${i + 1} xuống`}
                      disabled={i === report.recipients.length - 1}
                      onClick={() => move(i, i + 1)}
                    >
                      <ArrowDownward fontSize="small" />
                    </IconButton>
                  </span>
                </Tooltip>
                <Tooltip title="Xóa dòng này">
                  <IconButton
                    size="small"
                    aria-label={`Xóa nơi nhận ${i + 1}`}
                    onClick={() => setRecipients((list) => list.filter((_, k) => k !== i))}
                  >
                    <DeleteOutline fontSize="small" />
                  </IconButton>
                </Tooltip>
              </Stack>
              <Box sx={{ pl: 3 }}>
                <FieldSpellingSlot
                  label={`Nơi nhận ${i + 1}`}
                  text={rec}
                  onText={(v) => setRecipients((list) => list.map((x, k) => (k === i ? v : x)))}
                />
              </Box>
            </Box>
          ))}
        </Stack>
        <Button
          startIcon={<Add />}
          sx={{ mt: 1 }}
          disabled={report.recipients.length >= LIMITS.recipients}
          onClick={() => {
            setAdded(report.recipients.length);
            setRecipients((list) => [...list, '']);
          }}
        >
          Thêm nơi nhận
        </Button>
      </Box>

      <hr className="divider" />

      <Box>
        <Typography variant="h6" sx={{ mb: 1.5 }}>
          Người ký
        </Typography>
        <Box data-focus="signer" sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
          <div>
            <SpelledLineField
              deferred
              lines
              data-find-field="signature.authority"
              label="Quyền hạn ký"
              value={report.signature.authority}
              onValue={(v) => setSignature({ authority: v })}
              maxLength={200}
              placeholder="T/M BAN THƯỜNG VỤ"
              helperText="T/M, K/T, T/L… để trống nếu người đứng đầu ký trực tiếp. Enter để xuống dòng."
            />
          </div>
          <div>
            <SpelledLineField
              deferred
              lines
              data-find-field="signature.title"
              label="Chức vụ người ký"
              value={report.signature.title}
              onValue={(v) => setSignature({ title: v })}
              maxLength={200}
              placeholder="PHÓ BÍ THƯ"
              helperText="Enter để xuống dòng, như “KT. CHỦ TỊCH” ↵ “PHÓ CHỦ TỊCH”."
              required
            />
          </div>
          <LineField
            deferred
            data-find-field="signature.name"
            label="Họ và tên người ký"
            value={report.signature.name}
            onValue={(v) => setSignature({ name: v })}
            maxLength={200}
            placeholder="Nguyễn Văn A"
            required
          />
        </Box>
      </Box>
    </Stack>
  );
}
