/**
 * Dropping a file anywhere on the home screen opens it: a Word report (.docx) or a draft file (.baocao.json).
 * While a file is dragged over the window a full-window zone says what will happen; dragging text or a
 * link does nothing. Only the first file of a drop is opened.
 */
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import UploadFile from '@mui/icons-material/UploadFile';

const carriesFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

export function HomeDropZone({ children, onFiles }: { children: ReactNode; onFiles: (files: File[]) => void }) {
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child crossed: the zone is shown while the count is above zero.
  const depth = useRef(0);
  return (
    <Box
      sx={{ minHeight: '100%', position: 'relative' }}
      onDragEnter={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        depth.current++;
        setOver(true);
      }}
      onDragOver={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault(); // allows the drop
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!carriesFiles(e)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        depth.current = 0;
        setOver(false);
        const files = Array.from(e.dataTransfer.files);
        if (files.length) onFiles(files);
      }}
    >
      {children}
      {over && (
        <Box
          data-testid="home-drop-zone"
          role="status"
          sx={{
            position: 'fixed',
            inset: 12,
            zIndex: (t) => t.zIndex.modal - 1,
            border: '3px dashed',
            borderColor: 'primary.main',
            borderRadius: 3,
            bgcolor: 'rgba(255, 255, 255, 0.92)',
            display: 'flex',
            flexDirection: 'column',
            alignItems: 'center',
            justifyContent: 'center',
            gap: 1,
            pointerEvents: 'none',
          }}
        >
          <UploadFile sx={{ fontSize: 64, color: 'primary.main' }} />
          <Typography variant="h6">Thả tệp vào đây để mở</Typography>
          <Typography color="text.secondary">Báo cáo Word (.docx) hoặc tệp bản nháp (.baocao.json)</Typography>
        </Box>
      )}
    </Box>
  );
}
