/** The fields of the chapter or section selected in the outline tree: heading, guidance, hints, required. */
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { OutlinedField } from '../app/outlined-field';
import { nodeField, type NodePath } from '../../../core/templates/outline-tree';
import { problemsAt, type OutlineProblem } from '../../../core/templates/outline-validation';
import type { OutlineNode } from '../../../core/templates/template-schema';

interface Props {
  node: OutlineNode;
  path: NodePath;
  onChange: (patch: Partial<OutlineNode>) => void;
  problems: readonly OutlineProblem[];
}

export function OutlineNodeForm({ node, path, onChange, problems }: Props) {
  const isChapter = path.length === 1;
  const headingProblem = problemsAt(problems, `${nodeField(path)}.heading`)[0];
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="outline-node-title">
      <Typography id="outline-node-title" variant="subtitle1" sx={{ fontWeight: 600, mb: 1.5 }}>
        {isChapter ? 'Chương đang chọn' : `Mục cấp ${path.length} đang chọn`}
      </Typography>
      <Stack spacing={2}>
        <OutlinedField
          label={isChapter ? 'Tên chương' : 'Tên mục'}
          value={node.heading}
          onChange={(e) => onChange({ heading: e.target.value })}
          error={headingProblem !== undefined}
          helperText={
            headingProblem?.message ??
            (isChapter
              ? 'Tên chương viết in hoa, ví dụ “KẾT QUẢ THỰC HIỆN”. Số La Mã (I., II., …) được đánh tự động.'
              : 'Để trống nếu mỗi báo cáo tự đặt tên mục này. Số thứ tự (1., 1.1., a)) được đánh tự động.')
          }
        />
        <OutlinedField
          label="Hướng dẫn viết"
          value={node.guidance}
          onChange={(e) => onChange({ guidance: e.target.value })}
          multiline
          minRows={3}
          helperText="Hiện bên cạnh khi soạn phần này: phần này cần nêu những gì."
        />
        <OutlinedField
          label="Gợi ý (mỗi dòng một gợi ý)"
          value={(node.hints ?? []).join('\n')}
          onChange={(e) => onChange({ hints: e.target.value.split('\n') })}
          multiline
          minRows={2}
          helperText="Ví dụ: “Có số liệu so với cùng kỳ năm trước”."
        />
        <FormControlLabel
          control={<Checkbox checked={!node.optional} onChange={(e) => onChange({ optional: !e.target.checked })} />}
          label={
            node.optional
              ? 'Không bắt buộc: báo cáo có thể bỏ phần này'
              : 'Bắt buộc: mọi báo cáo theo đề cương này đều có phần này'
          }
        />
      </Stack>
    </Paper>
  );
}
