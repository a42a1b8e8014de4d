/** "Thùng rác" on the home screen: opens the list of deleted drafts. */
import { useState } from 'react';
import Button from '@mui/material/Button';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { TrashDialog } from './trash-dialog';

export function TrashButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button startIcon={<DeleteOutlined />} onClick={() => setOpen(true)}>
        Thùng rác
      </Button>
      {open && <TrashDialog onClose={() => setOpen(false)} />}
    </>
  );
}
