/**
 * One draft in the home list: title, issuer, last edited, progress, and its actions. A copy made with "Nhân bản"
 * carries a "Bản sao" chip beside its outline's name: the end of a long title, where the suffix is, is cut off.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { Tooltip } from '../app/tooltip';
import ContentCopy from '@mui/icons-material/ContentCopy';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { reportProgress } from '../../../core/model/wizard-steps';
import { useFindTemplate } from '../template-packs/template-registry';
import { draftTitle, UNTITLED, type DraftRecord } from '../db/draft-record';
import { COPY_SUFFIX } from '../db/drafts-repository';
import { formatTimestamp } from '../text/format-timestamp';

interface DraftCardProps {
  draft: DraftRecord;
  onOpen: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

export function DraftCard({ draft, onOpen, onDuplicate, onDelete }: DraftCardProps) {
  const title = draftTitle(draft.report);
  const template = useFindTemplate(draft.templateId);
  const progress = Math.round(reportProgress(draft.report) * 100);
  const issuer = draft.report.header.issuer || 'Chưa ghi cơ quan ban hành';
  // The suffix stays in the title until the clerk renames the copy; then it is no longer "the copy".
  const isCopy = title.endsWith(COPY_SUFFIX.trim());
  return (
    <Card
      variant="outlined"
      component="li"
      aria-label={title}
      data-testid="draft-card"
      sx={{ display: 'flex', alignItems: 'stretch', listStyle: 'none' }}
    >
      <CardActionArea onClick={onOpen} sx={{ flexGrow: 1, p: 2 }} aria-label={`Mở bản nháp ${title}`}>
        <Box className="draft-card-kind">
          <Typography variant="caption" color="text.secondary">
            {template?.name ?? 'Báo cáo'}
          </Typography>
          {isCopy && <Chip size="small" color="warning" variant="outlined" label="Bản sao" />}
        </Box>
        <Typography
          sx={{
            fontWeight: 600,
            mb: 0.5,
            display: '-webkit-box',
            WebkitLineClamp: 2,
            WebkitBoxOrient: 'vertical',
            overflow: 'hidden',
          }}
        >
          {/* "Báo cáo sơ kết …", but never "Báo cáo Báo cáo chưa đặt tên". */}
          {draft.report.docType && title !== UNTITLED
            ? `${draft.report.docType.charAt(0)}${draft.report.docType.slice(1).toLocaleLowerCase('vi')} `
            : ''}
          {title}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {issuer} · Sửa lần cuối {formatTimestamp(draft.updatedAt)}
        </Typography>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 1.25, maxWidth: 360 }}>
          <LinearProgress
            variant="determinate"
            value={progress}
            sx={{ flexGrow: 1, height: 6, borderRadius: 3 }}
            aria-label={`Hoàn thành ${progress}%`}
          />
          <Typography variant="caption" color="text.secondary" sx={{ minWidth: 36 }}>
            {progress}%
          </Typography>
        </Box>
      </CardActionArea>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, px: 1.5, borderLeft: 1, borderColor: 'divider' }}>
        <Button size="small" variant="outlined" onClick={onOpen}>
          Mở
        </Button>
        <Tooltip title="Nhân bản">
          <IconButton aria-label={`Nhân bản ${title}`} onClick={onDuplicate}>
            <ContentCopy fontSize="small" />
          </IconButton>
        </Tooltip>
        <Tooltip title="Xóa">
          <IconButton aria-label={`Xóa ${title}`} onClick={onDelete}>
            <DeleteOutline fontSize="small" />
          </IconButton>
        </Tooltip>
      </Box>
    </Card>
  );
}
