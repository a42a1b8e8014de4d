/**
 * Step "Phụ lục": the report's appendices (SPEC §7), printed after the signature, each from a new page — a
 * statistics table, a list of units. For each: its title, the "(Kèm theo …)" line (generated from the header
 * until the office writes its own), a landscape page for a wide table, how its pages are numbered, and its
 * body in the same editor as the chapters.
 */
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Restore from '@mui/icons-material/Restore';
import { appendixAttachedLine, appendixLabel } from '../../../core/model/appendix-attached-line';
import { blocksHaveText, hasWrittenText } from '../../../core/model/report-text';
import type { Appendix, AppendixPageNumbers, Block, Report } from '../../../core/model/report-schema';
import { ruleSetForDisplay } from '../../../core/rules/rule-set-registry';
import { OutlinedSelect } from '../app/outlined-field';
import { Tooltip } from '../app/tooltip';
import { randomId } from '../db/drafts-repository';
import { appendixSlot } from '../editor/footnote-offsets';
import { useRuleSetRegistry } from '../template-packs/template-registry';
import {
  addAppendix,
  MAX_APPENDICES,
  moveAppendix,
  newAppendix,
  removeAppendix,
  updateAppendix,
  settleAttachedLine,
  withAttachedLine,
  withOrientation,
  withPageNumbers,
} from './appendix-ops';
import { ConfirmDialog } from './confirm-dialog';
import { DeferredRichTextEditor } from './deferred-rich-text';
import { LineField } from './line-field';
import { SpelledLineField } from './spelled-line-field';
import type { UpdateReport } from './wizard-types';
import { appendixPlace } from '../editor/editor-place';

interface AppendixStepProps {
  report: Report;
  update: UpdateReport;
  offsets: Map<string, number>;
}

const PAGE_NUMBERS: ReadonlyArray<[AppendixPageNumbers, string]> = [
  ['continue', 'Tiếp theo báo cáo'],
  ['restart', 'Đánh lại từ 1'],
  ['none', 'Không đánh số'],
];

export function AppendixStep({ report, update, offsets }: AppendixStepProps) {
  const appendices = report.appendices ?? [];
  const generated = appendixAttachedLine(report, ruleSetForDisplay(useRuleSetRegistry(), report).ruleSet);
  const [confirm, setConfirm] = useState<{ id: string; label: string } | null>(null);
  const setList = (fn: (list: Appendix[]) => Appendix[]) =>
    update((r) => ({ ...r, appendices: fn(r.appendices ?? []) }));
  const change = (id: string, fn: (a: Appendix) => Appendix) => setList((list) => updateAppendix(list, id, fn));

  return (
    <Stack spacing={2.5}>
      <Typography variant="body2" color="text.secondary">
        Phụ lục in sau phần chữ ký, mỗi phụ lục bắt đầu từ trang mới: biểu số liệu, danh sách đơn vị… Bảng rộng thì chọn
        trang ngang. Báo cáo không có phụ lục thì bỏ qua bước này.
      </Typography>

      {appendices.map((a, i) => {
        const label = appendixLabel(i, appendices.length);
        const edited = a.attachedLine !== undefined;
        return (
          <Paper
            key={a.id}
            variant="outlined"
            component="section"
            aria-label={label}
            data-testid={`appendix-${i + 1}`}
            data-appendix-id={a.id}
            className="ap-card"
          >
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
              <Chip label={label} color="primary" sx={{ fontWeight: 700 }} />
              <Box sx={{ flexGrow: 1 }} />
              <Tooltip title="Chuyển lên">
                <span>
                  <IconButton
                    size="small"
                    aria-label={`Chuyển ${label} lên`}
                    disabled={i === 0}
                    onClick={() => setList((list) => moveAppendix(list, a.id, -1))}
                  >
                    <ArrowUpward fontSize="small" />
                  </IconButton>
                </span>
              </Tooltip>
              <Tooltip title="Chuyển xuống">
                <span>
                  <IconButton
                    size="small"
                    aria-label={`Chuyển ${label} xuống`}
                    disabled={i === appendices.length - 1}
                    onClick={() => setList((list) => moveAppendix(list, a.id, 1))}
                  >
                    <ArrowDownward fontSize="small" />
                  </IconButton>
                </span>
              </Tooltip>
              <Tooltip title={`Xóa ${label.toLocaleLowerCase('vi')}`}>
                <IconButton
                  size="small"
                  aria-label={`Xóa ${label}`}
                  onClick={() =>
                    hasWrittenText(a.title) || blocksHaveText(a.blocks)
                      ? setConfirm({ id: a.id, label })
                      : setList((list) => removeAppendix(list, a.id))
                  }
                >
                  <DeleteOutline fontSize="small" />
                </IconButton>
              </Tooltip>
            </Stack>

            <Stack spacing={2}>
              <SpelledLineField
                deferred
                lines
                data-find-field={`appendix-title:${a.id}`}
                label="Tên phụ lục"
                value={a.title}
                onValue={(v) => change(a.id, (x) => ({ ...x, title: v }))}
                placeholder="BIỂU TỔNG HỢP KẾT QUẢ …"
                helperText="In hoa khi xuất. Enter để xuống dòng."
                slotProps={{ htmlInput: { style: { fontWeight: 700, textTransform: 'uppercase' } } }}
                spellingLabel={`Tên ${label.toLocaleLowerCase('vi')}`}
              />
              <Box className="ap-attached">
                <LineField
                  deferred
                  data-find-field={`appendix-attached:${a.id}`}
                  label="Dòng “Kèm theo”"
                  value={a.attachedLine ?? generated}
                  onValue={(v) => change(a.id, (x) => withAttachedLine(x, v, generated))}
                  onBlur={() => change(a.id, settleAttachedLine)}
                  maxLength={500}
                  multiline
                  helperText={
                    edited
                      ? 'Đã sửa: dòng này không tự đổi theo số, ngày, cơ quan ban hành của báo cáo nữa.'
                      : 'Tự động theo số, ngày và cơ quan ban hành của báo cáo; sửa nếu cơ quan ghi khác.'
                  }
                  slotProps={{ htmlInput: { style: { fontStyle: 'italic' } } }}
                />
                <Button
                  startIcon={<Restore />}
                  disabled={!edited}
                  onClick={() => change(a.id, (x) => withAttachedLine(x, null, generated))}
                  sx={{ flexShrink: 0, mt: 0.25 }}
                >
                  Dùng dòng tự động
                </Button>
              </Box>
              <Box className="ap-page">
                <OutlinedSelect
                  label="Hướng trang"
                  value={a.orientation ?? 'portrait'}
                  onChange={(e) =>
                    change(a.id, (x) => withOrientation(x, e.target.value === 'landscape' ? 'landscape' : 'portrait'))
                  }
                >
                  <option value="portrait">Dọc</option>
                  <option value="landscape">Ngang (cho bảng rộng)</option>
                </OutlinedSelect>
                <OutlinedSelect
                  label="Đánh số trang"
                  value={a.pageNumbers ?? 'continue'}
                  onChange={(e) =>
                    change(a.id, (x) =>
                      withPageNumbers(x, PAGE_NUMBERS.find(([v]) => v === e.target.value)?.[0] ?? 'continue'),
                    )
                  }
                >
                  {PAGE_NUMBERS.map(([v, text]) => (
                    <option key={v} value={v}>
                      {text}
                    </option>
                  ))}
                </OutlinedSelect>
              </Box>
              <Box>
                <Typography variant="subtitle2" sx={{ mb: 0.75 }}>
                  Nội dung {label.toLocaleLowerCase('vi')}
                </Typography>
                <DeferredRichTextEditor
                  label={`Nội dung ${label.toLocaleLowerCase('vi')}`}
                  testId={`editor-appendix-${i + 1}`}
                  place={appendixPlace(a.id)}
                  initialBlocks={a.blocks}
                  footnoteOffset={offsets.get(appendixSlot(a.id)) ?? 0}
                  onChange={(blocks: Block[]) => change(a.id, (x) => ({ ...x, blocks }))}
                  placeholder="Nhập nội dung hoặc chèn bảng số liệu…"
                />
              </Box>
            </Stack>
          </Paper>
        );
      })}

      <Box>
        <Button
          variant={appendices.length ? 'text' : 'outlined'}
          startIcon={<Add />}
          disabled={appendices.length >= MAX_APPENDICES}
          onClick={() => setList((list) => addAppendix(list, newAppendix(randomId())))}
        >
          Thêm phụ lục
        </Button>
      </Box>

      {confirm && (
        <ConfirmDialog
          title={`Xóa ${confirm.label.toLocaleLowerCase('vi')}?`}
          message={`${confirm.label} đã có nội dung. Xóa sẽ bỏ cả tên và nội dung của phụ lục này; các phụ lục sau được đánh số lại.`}
          confirmLabel="Xóa phụ lục"
          onConfirm={() => setList((list) => removeAppendix(list, confirm.id))}
          onClose={() => setConfirm(null)}
        />
      )}
    </Stack>
  );
}
