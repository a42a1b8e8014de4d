/**
 * The wizard's "…" menu: actions a clerk looks for now and then, kept off the app bar's row of buttons.
 * "Tạo đề cương từ báo cáo này" saves what waits, then opens the outline editor on an outline made from this
 * report's chapters and sections; nothing is stored until the clerk saves it, and the report is only read.
 */
import { useState } from 'react';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import AccountTree from '@mui/icons-material/AccountTree';
import MoreVert from '@mui/icons-material/MoreVert';
import { Tooltip } from '../app/tooltip';

interface WizardMoreMenuProps {
  onMakeOutline: () => void;
}

export function WizardMoreMenu({ onMakeOutline }: WizardMoreMenuProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Tooltip title="Thêm thao tác">
        <IconButton
          color="inherit"
          aria-label="Thêm thao tác"
          aria-haspopup="menu"
          aria-expanded={anchor !== null}
          onClick={(e) => setAnchor(e.currentTarget)}
        >
          <MoreVert />
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            onMakeOutline();
          }}
        >
          <ListItemIcon>
            <AccountTree fontSize="small" />
          </ListItemIcon>
          <ListItemText
            primary="Tạo đề cương từ báo cáo này"
            secondary="Các chương, mục thành đề cương mới; nội dung không chép sang."
          />
        </MenuItem>
      </Menu>
    </>
  );
}
