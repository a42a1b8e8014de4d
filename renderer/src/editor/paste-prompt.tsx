/**
 * What the editor says after a paste: the question whether marked headings become sub-sections (asked, never
 * done silently), the "done, undo?" line after splitting, and a warning when footnote numbers came without
 * their notes.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';

export type PasteNotice =
  | { kind: 'ask-split'; count: number; markers: string[] }
  | { kind: 'split-done'; count: number }
  | { kind: 'unmatched-footnotes'; count: number };

interface PastePromptProps {
  notice: PasteNotice;
  onSplit: () => void;
  onKeep: () => void;
  onUndoSplit: () => void;
  onClose: () => void;
}

/** "1., 2., a)" — the first few markers, as the clerk typed them. */
function markerList(markers: readonly string[]): string {
  const shown = markers.slice(0, 5).join(', ');
  return markers.length > 5 ? `${shown}, …` : shown;
}

export function PastePrompt({ notice, onSplit, onKeep, onUndoSplit, onClose }: PastePromptProps) {
  if (notice.kind === 'ask-split') {
    return (
      <Alert
        severity="info"
        role="alertdialog"
        aria-label="Tách đoạn dán thành mục"
        sx={{ m: 1 }}
        action={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Button size="small" variant="contained" onClick={onSplit}>
              Tách thành mục
            </Button>
            <Button size="small" onClick={onKeep}>
              Giữ nguyên là văn bản
            </Button>
          </Stack>
        }
      >
        Đoạn dán có {notice.count} tiêu đề mục ({markerList(notice.markers)}). Tách thành các mục của chương?
      </Alert>
    );
  }
  if (notice.kind === 'split-done') {
    return (
      <Alert
        severity="success"
        sx={{ m: 1 }}
        onClose={onClose}
        action={
          <Button size="small" color="inherit" onClick={onUndoSplit}>
            Hoàn tác
          </Button>
        }
      >
        Đã tách thành {notice.count} mục của chương; nội dung từng mục nằm trong mục đó bên dưới.
      </Alert>
    );
  }
  return (
    <Alert severity="warning" sx={{ m: 1 }} onClose={onClose}>
      {notice.count} số chú thích trong đoạn dán không kèm nội dung chú thích nên được giữ nguyên là chữ (ví dụ “[1]”).
      Hãy chép cả phần chú thích cuối trang rồi dán lại, hoặc xóa số đó và thêm chú thích bằng nút “Chú thích cuối
      trang”.
    </Alert>
  );
}
