/** Last line of defence: a rendering error shows a Vietnamese explanation and a way back, never a blank window. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';

export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Lỗi hiển thị', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Box sx={{ p: 4, display: 'flex', justifyContent: 'center' }}>
        <Alert severity="error" sx={{ maxWidth: 720 }}>
          <AlertTitle>Màn hình này gặp lỗi</AlertTitle>
          Phần mềm gặp lỗi khi hiển thị. Các bản nháp đã lưu vẫn an toàn trên máy. Hãy bấm “Tải lại”; nếu lỗi lặp lại,
          quay về danh sách và mở lại bản nháp.
          <Box sx={{ mt: 2, display: 'flex', gap: 1 }}>
            <Button variant="contained" onClick={() => window.location.reload()}>
              Tải lại
            </Button>
            <Button
              onClick={() => {
                window.location.hash = '#/';
                window.location.reload();
              }}
            >
              Về danh sách bản nháp
            </Button>
          </Box>
        </Alert>
      </Box>
    );
  }
}
