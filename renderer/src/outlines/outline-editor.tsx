/**
 * The outline (đề cương) editor: the outline's own fields (name, document type, rule-set, guidance of the
 * fixed parts), the chapter/section tree and the selected node's fields. Problems are shown next to their
 * field once the clerk has tried to save, and block the save; nothing typed is lost by a refused save.
 */
import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBack from '@mui/icons-material/ArrowBack';
import Save from '@mui/icons-material/Save';
import { OutlinedField, OutlinedSelect } from '../app/outlined-field';
import { ConfirmDialog } from '../wizard/confirm-dialog';
import {
  appendChild,
  freshKey,
  indentNode,
  insertAfter,
  moveNode,
  nodeAt,
  outdentNode,
  removeNode,
  tidyOutline,
  updateNode,
} from '../../../core/templates/outline-tree';
import { LIMITS } from '../../../core/model/report-schema';
import { problemsAt, validateOutline } from '../../../core/templates/outline-validation';
import type { OutlineNode, Template } from '../../../core/templates/template-schema';
import { useRuleSetRegistry } from '../template-packs/template-registry';
import { OutlineNodeForm } from './outline-node-form';
import { OutlineTreePanel, type TreeAction } from './outline-tree-panel';
import { LOCAL_OUTLINE_LABEL } from './outline-origin';

interface Props {
  initial: Template;
  /** Stores the outline; a rejection is shown and the editor stays open with everything typed. */
  onSave: (template: Template) => Promise<void>;
  onClose: () => void;
}

const countNodes = (node: OutlineNode): number => 1 + (node.children ?? []).reduce((n, c) => n + countNodes(c), 0);

export function OutlineEditor({ initial, onSave, onClose }: Props) {
  const [outline, setOutline] = useState(initial);
  const [selected, setSelected] = useState<number[]>([0]);
  const [showProblems, setShowProblems] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<'delete' | 'leave' | null>(null);
  const [showFixed, setShowFixed] = useState(false);
  const ruleSets = useRuleSetRegistry();

  const problems = useMemo(() => (showProblems ? validateOutline(tidyOutline(outline)) : []), [outline, showProblems]);
  const node = nodeAt(outline.chapters, selected);
  const dirty = JSON.stringify(outline) !== JSON.stringify(initial);

  const set = (patch: Partial<Template>) => setOutline((o) => ({ ...o, ...patch }));
  const setChapters = (result: { nodes: OutlineNode[]; path: number[] } | null) => {
    if (!result) return;
    setOutline((o) => ({ ...o, chapters: result.nodes }));
    setSelected(result.path);
  };
  const newNode = (): OutlineNode => ({ key: freshKey(outline.chapters), heading: '', guidance: '' });

  const can: Record<TreeAction, boolean> = {
    'add-chapter': true,
    'add-child': node !== undefined && selected.length < LIMITS.depth,
    up: node !== undefined && (selected.at(-1) ?? 0) > 0,
    down: moveNode(outline.chapters, selected, 1) !== null,
    indent: indentNode(outline.chapters, selected) !== null,
    outdent: selected.length > 1,
    delete: node !== undefined,
  };
  const act = (action: TreeAction) => {
    const chapters = outline.chapters;
    switch (action) {
      case 'add-chapter':
        return setChapters(insertAfter(chapters, [], newNode()));
      case 'add-child':
        return setChapters(appendChild(chapters, selected, newNode()));
      case 'up':
        return setChapters(moveNode(chapters, selected, -1));
      case 'down':
        return setChapters(moveNode(chapters, selected, 1));
      case 'indent':
        return setChapters(indentNode(chapters, selected));
      case 'outdent':
        return setChapters(outdentNode(chapters, selected));
      case 'delete':
        return setConfirm('delete');
    }
  };
  const deleteSelected = () => {
    const chapters = removeNode(outline.chapters, selected);
    setOutline((o) => ({ ...o, chapters }));
    // The previous sibling, else the parent, else the first chapter.
    const index = selected.at(-1) ?? 0;
    const next = index > 0 ? [...selected.slice(0, -1), index - 1] : selected.slice(0, -1);
    setSelected(next.length ? next : [0]);
  };

  const save = async () => {
    const tidy = tidyOutline(outline);
    const found = validateOutline(tidy);
    setShowProblems(true);
    if (found.length > 0) return;
    setSaving(true);
    setSaveError(null);
    try {
      await onSave(tidy);
    } catch {
      setSaveError(
        'Không lưu được đề cương vào bộ nhớ của ứng dụng. Nội dung vẫn còn đây; hãy bấm “Lưu đề cương” lại.',
      );
    } finally {
      setSaving(false);
    }
  };

  const fieldProblem = (path: string) => problemsAt(problems, path)[0]?.message;
  const textField = (
    label: string,
    path: string,
    value: string,
    onChange: (v: string) => void,
    help?: string,
    rows?: number,
  ) => (
    <OutlinedField
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={fieldProblem(path) !== undefined}
      helperText={fieldProblem(path) ?? help}
      {...(rows ? { multiline: true, minRows: rows } : {})}
    />
  );

  return (
    <Box>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 2 }}>
        <Button
          startIcon={<ArrowBack />}
          sx={{ whiteSpace: 'nowrap' }}
          onClick={() => (dirty ? setConfirm('leave') : onClose())}
        >
          Danh sách đề cương
        </Button>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
          {outline.name.trim() || 'Đề cương mới'}
        </Typography>
        <Chip size="small" variant="outlined" color="warning" label={LOCAL_OUTLINE_LABEL} />
        <Button
          variant="contained"
          startIcon={<Save />}
          sx={{ whiteSpace: 'nowrap' }}
          disabled={saving}
          onClick={() => void save()}
        >
          Lưu đề cương
        </Button>
      </Stack>
      {problems.length > 0 && (
        <Alert severity="error" sx={{ mb: 2 }}>
          Chưa lưu được: đề cương còn {problems.length} chỗ cần sửa (đánh dấu đỏ bên dưới).
        </Alert>
      )}
      {saveError && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {saveError}
        </Alert>
      )}

      <Paper variant="outlined" sx={{ p: 2, mb: 2 }} component="section" aria-label="Thông tin chung của đề cương">
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr 2fr' }, gap: 2 }}>
          {textField(
            'Tên đề cương',
            'name',
            outline.name,
            (name) => set({ name }),
            'Tên hiện trong “Tạo báo cáo mới”.',
          )}
          {textField('Tên loại văn bản', 'docType', outline.docType, (docType) => set({ docType }), 'Ví dụ: BÁO CÁO.')}
          <OutlinedSelect
            label="Bộ quy tắc thể thức"
            value={outline.ruleSet ?? ''}
            onChange={(e) => {
              const { ruleSet: _old, ...rest } = outline;
              setOutline(e.target.value ? { ...rest, ruleSet: e.target.value } : rest);
            }}
            helperText="Thể thức mà báo cáo mới theo đề cương này dùng."
          >
            <option value="">Theo hồ sơ cơ quan và ngày báo cáo</option>
            {ruleSets.list().map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </OutlinedSelect>
          {textField('Mô tả', 'description', outline.description, (description) => set({ description }))}
          {textField('Gợi ý trích yếu', 'titleHint', outline.titleHint, (titleHint) => set({ titleHint }))}
          <Box sx={{ display: 'flex', alignItems: 'flex-start' }}>
            <Button onClick={() => setShowFixed((v) => !v)} aria-expanded={showFixed}>
              {showFixed ? 'Ẩn hướng dẫn các phần cố định' : 'Hướng dẫn các phần cố định…'}
            </Button>
          </Box>
        </Box>
        {showFixed && (
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' }, gap: 2, mt: 2 }}>
            {textField(
              'Hướng dẫn phần thông tin chung',
              'header.guidance',
              outline.header.guidance,
              (guidance) => set({ header: { guidance } }),
              undefined,
              2,
            )}
            {textField(
              'Hướng dẫn phần mở đầu',
              'opening.guidance',
              outline.opening.guidance,
              (guidance) => set({ opening: { ...outline.opening, guidance } }),
              undefined,
              2,
            )}
            {textField(
              'Hướng dẫn nơi nhận và người ký',
              'closing.guidance',
              outline.closing.guidance,
              (guidance) => set({ closing: { ...outline.closing, guidance } }),
              undefined,
              2,
            )}
          </Box>
        )}
      </Paper>

      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '5fr 7fr' }, gap: 2, alignItems: 'start' }}>
        <OutlineTreePanel
          chapters={outline.chapters}
          selected={selected}
          onSelect={setSelected}
          onAction={act}
          can={can}
          problems={problems}
        />
        {node ? (
          <OutlineNodeForm
            key={selected.join('.')}
            node={node}
            path={selected}
            problems={problems}
            onChange={(patch) => setOutline((o) => ({ ...o, chapters: updateNode(o.chapters, selected, patch) }))}
          />
        ) : (
          <Paper variant="outlined" sx={{ p: 2 }}>
            <Typography color="text.secondary">
              Chọn một chương hoặc mục bên trái để sửa, hoặc bấm “Thêm chương”.
            </Typography>
          </Paper>
        )}
      </Box>

      {confirm === 'delete' && node && (
        <ConfirmDialog
          title="Xóa mục khỏi đề cương?"
          message={`“${node.heading.trim() || 'Mục chưa đặt tên'}”${countNodes(node) > 1 ? ` và ${countNodes(node) - 1} mục con` : ''} sẽ bị xóa khỏi đề cương. Các báo cáo đã tạo từ đề cương này vẫn giữ nguyên nội dung đã viết.`}
          confirmLabel="Xóa"
          onConfirm={deleteSelected}
          onClose={() => setConfirm(null)}
        />
      )}
      {confirm === 'leave' && (
        <ConfirmDialog
          title="Bỏ các thay đổi chưa lưu?"
          message="Những gì vừa sửa trong đề cương này chưa được lưu và sẽ mất."
          confirmLabel="Bỏ thay đổi"
          onConfirm={onClose}
          onClose={() => setConfirm(null)}
        />
      )}
    </Box>
  );
}
