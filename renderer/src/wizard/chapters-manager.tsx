/** The list of chapters (each a wizard step): add, rename by opening, reorder, delete. */
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { Tooltip } from '../app/tooltip';
import Add from '@mui/icons-material/Add';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { sectionHasText } from '../../../core/model/report-text';
import type { Report } from '../../../core/model/report-schema';
import { chapterMarker } from '../../../core/model/wizard-steps';
import { randomId } from '../db/drafts-repository';
import { ConfirmDialog } from './confirm-dialog';
import { moveSection, newSection, removeSection } from './section-ops';
import type { UpdateReport } from './wizard-types';

export function ChaptersManager({
  report,
  update,
  onOpen,
}: {
  report: Report;
  update: UpdateReport;
  onOpen: (sectionId: string) => void;
}) {
  const [confirm, setConfirm] = useState<{ id: string; label: string } | null>(null);
  const add = () => {
    const s = newSection(randomId());
    update((r) => ({ ...r, sections: [...r.sections, s] }));
    onOpen(s.id);
  };
  return (
    <Box>
      <Typography variant="h6" sx={{ mb: 0.5 }}>
        Các chương của báo cáo
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Mỗi chương là một bước bên trái. Số La Mã (I., II., …) được đánh tự động theo thứ tự.
      </Typography>
      <List dense disablePadding sx={{ border: 1, borderColor: 'divider', borderRadius: 1, mb: 1 }}>
        {report.sections.map((s, i) => {
          const marker = chapterMarker(report.sections, i);
          const label = `${marker} ${s.heading || 'Chương chưa đặt tên'}`;
          return (
            <ListItem
              key={s.id}
              divider={i < report.sections.length - 1}
              secondaryAction={
                <Box>
                  <Tooltip title="Chuyển lên">
                    <span>
                      <IconButton
                        size="small"
                        aria-label={`Chuyển chương ${marker} lên`}
                        disabled={i === 0}
                        onClick={() => update((r) => ({ ...r, sections: moveSection(r.sections, s.id, -1) }))}
                      >
                        <ArrowUpward fontSize="small" />
                      </IconButton>
                    </span>
                  </Tooltip>
                  <Tooltip title="Chuyển xuống">
                    <span>
                      <IconButton
                        size="small"
                        aria-label={`Chuyển chương ${marker} xuống`}
                        disabled={i === report.sections.length - 1}
                        onClick={() => update((r) => ({ ...r, sections: moveSection(r.sections, s.id, 1) }))}
                      >
                        <ArrowDownward fontSize="small" />
                      </IconButton>
                    </span>
                  </Tooltip>
                  <Tooltip title="Xóa chương">
                    <span>
                      <IconButton
                        size="small"
                        aria-label={`Xóa chương ${marker}`}
                        disabled={report.sections.length <= 1}
                        onClick={() => {
                          if (sectionHasText(s)) setConfirm({ id: s.id, label });
                          else update((r) => ({ ...r, sections: removeSection(r.sections, s.id) }));
                        }}
                      >
                        <DeleteOutline fontSize="small" />
                      </IconButton>
                    </span>
                  </Tooltip>
                </Box>
              }
            >
              <ListItemText
                primary={
                  <Button
                    variant="text"
                    size="small"
                    onClick={() => onOpen(s.id)}
                    sx={{ justifyContent: 'flex-start', textAlign: 'left', fontWeight: 500 }}
                  >
                    {label}
                  </Button>
                }
              />
            </ListItem>
          );
        })}
      </List>
      <Button startIcon={<Add />} onClick={add}>
        Thêm chương
      </Button>
      {confirm && (
        <ConfirmDialog
          title="Xóa chương?"
          message={`Chương “${confirm.label}” đã có nội dung. Xóa chương sẽ xóa cả nội dung và các mục con của nó.`}
          confirmLabel="Xóa chương"
          onConfirm={() => update((r) => ({ ...r, sections: removeSection(r.sections, confirm.id) }))}
          onClose={() => setConfirm(null)}
        />
      )}
    </Box>
  );
}
