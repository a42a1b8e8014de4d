/**
 * The chapter/section tree of the outline editor: one row per node, indented by depth, with the tools that
 * act on the selected row (add, move up/down, indent/outdent, delete). A row with a problem inside it shows
 * a warning icon, so the clerk finds what blocks the save.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import FormatIndentIncrease from '@mui/icons-material/FormatIndentIncrease';
import FormatIndentDecrease from '@mui/icons-material/FormatIndentDecrease';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlined';
import { Tooltip } from '../app/tooltip';
import { nodeField, type NodePath } from '../../../core/templates/outline-tree';
import { problemsAt, type OutlineProblem } from '../../../core/templates/outline-validation';
import type { OutlineNode } from '../../../core/templates/template-schema';

interface Row {
  node: OutlineNode;
  path: number[];
}

function rows(nodes: readonly OutlineNode[], parent: number[] = []): Row[] {
  return nodes.flatMap((node, i) => {
    const path = [...parent, i];
    return [{ node, path }, ...rows(node.children ?? [], path)];
  });
}

export type TreeAction = 'add-chapter' | 'add-child' | 'up' | 'down' | 'indent' | 'outdent' | 'delete';

interface Props {
  chapters: readonly OutlineNode[];
  selected: NodePath;
  onSelect: (path: number[]) => void;
  onAction: (action: TreeAction) => void;
  /** Which actions apply to the selected row now. */
  can: Record<TreeAction, boolean>;
  problems: readonly OutlineProblem[];
}

const same = (a: NodePath, b: NodePath) => a.length === b.length && a.every((x, i) => x === b[i]);

export function OutlineTreePanel({ chapters, selected, onSelect, onAction, can, problems }: Props) {
  const tool = (action: TreeAction, label: string, icon: React.ReactNode) => (
    <Tooltip title={label}>
      <span>
        <IconButton size="small" aria-label={label} disabled={!can[action]} onClick={() => onAction(action)}>
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} component="section" aria-labelledby="outline-tree-title">
      <Typography id="outline-tree-title" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        Chương và mục
      </Typography>
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Button size="small" startIcon={<Add />} onClick={() => onAction('add-chapter')}>
          Thêm chương
        </Button>
        <Button size="small" startIcon={<Add />} disabled={!can['add-child']} onClick={() => onAction('add-child')}>
          Thêm mục con
        </Button>
        <Box sx={{ flexGrow: 1 }} />
        {tool('up', 'Chuyển lên', <ArrowUpward fontSize="small" />)}
        {tool('down', 'Chuyển xuống', <ArrowDownward fontSize="small" />)}
        {tool('indent', 'Thụt vào (thành mục con của mục trên)', <FormatIndentIncrease fontSize="small" />)}
        {tool('outdent', 'Lùi ra (lên một cấp)', <FormatIndentDecrease fontSize="small" />)}
        {tool('delete', 'Xóa mục', <DeleteOutline fontSize="small" />)}
      </Stack>
      {problemsAt(problems, 'chapters').length > 0 && (
        <Typography variant="body2" color="error" sx={{ mb: 1 }}>
          {problemsAt(problems, 'chapters')[0]!.message}
        </Typography>
      )}
      <List dense aria-label="Cây đề cương" sx={{ maxHeight: 440, overflow: 'auto' }}>
        {rows(chapters).map(({ node, path }) => {
          const bad = problemsAt(problems, nodeField(path), true).length > 0;
          return (
            <ListItemButton
              key={nodeField(path)}
              selected={same(path, selected)}
              onClick={() => onSelect(path)}
              sx={{
                pl: 1 + (path.length - 1) * 2.5,
                borderRadius: 1,
                // A bar on the left as well as the tint: the theme's light primary alone is too faint on a projector.
                '&.Mui-selected, &.Mui-selected:hover': {
                  bgcolor: 'primary.light',
                  boxShadow: (theme) => `inset 3px 0 0 ${theme.palette.primary.main}`,
                },
              }}
              data-testid="outline-tree-row"
            >
              <ListItemText
                primary={
                  node.heading.trim() || (path.length === 1 ? '(chương chưa đặt tên)' : '(tên mục do người soạn đặt)')
                }
                secondary={node.optional ? 'Không bắt buộc' : undefined}
                slotProps={{
                  primary: {
                    sx: {
                      fontWeight: path.length === 1 ? 600 : 400,
                      fontStyle: node.heading.trim() ? 'normal' : 'italic',
                    },
                  },
                }}
              />
              {bad && <ErrorOutline color="error" fontSize="small" aria-label="Có chỗ cần sửa" />}
            </ListItemButton>
          );
        })}
      </List>
    </Paper>
  );
}
