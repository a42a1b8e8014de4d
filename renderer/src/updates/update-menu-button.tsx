/** The "Cập nhật" entry in the home screen's app bar; a dot marks a downloaded update waiting for restart. */
import { useState } from 'react';
import Button from '@mui/material/Button';
import SystemUpdateAlt from '@mui/icons-material/SystemUpdateAlt';
import { UpdateDialog } from './update-dialog';
import { useUpdateStatus } from './use-update-status';

export function UpdateMenuButton() {
  const [open, setOpen] = useState(false);
  const api = window.soanBaoCao;
  const [status] = useUpdateStatus(api);
  const waiting = status?.online.phase === 'available' || status?.online.phase === 'ready';
  return (
    <>
      <Button
        color="inherit"
        onClick={() => setOpen(true)}
        startIcon={
          <span className="update-icon">
            <SystemUpdateAlt />
            {waiting && <span className="update-dot" data-testid="update-dot" />}
          </span>
        }
      >
        Cập nhật
      </Button>
      {open && <UpdateDialog api={api} onClose={() => setOpen(false)} />}
    </>
  );
}
