/** "Lưu bản nháp ra tệp" in the wizard's app bar; the action itself is use-save-draft-file.tsx. */
import IconButton from '@mui/material/IconButton';
import { Tooltip } from '../app/tooltip';
import SaveAlt from '@mui/icons-material/SaveAlt';

export function SaveDraftFileButton({ onSave }: { onSave: () => void }) {
  return (
    <Tooltip title="Lưu bản nháp ra tệp (.baocao.json) để chép sang máy khác hoặc gửi đi">
      <IconButton color="inherit" aria-label="Lưu bản nháp ra tệp" onClick={onSave}>
        <SaveAlt />
      </IconButton>
    </Tooltip>
  );
}
