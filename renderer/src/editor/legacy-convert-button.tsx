/** Toolbar button "Chuyển mã TCVN3/VNI → Unicode" with the choice of encoding. */
import { useState } from 'react';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Translate from '@mui/icons-material/Translate';
import { FormatButton } from './format-button';
import type { LegacyChoice } from './legacy-selection';

const CHOICES: readonly [LegacyChoice, string, string][] = [
  ['auto', 'Tự nhận biết bảng mã', 'TCVN3 hoặc VNI'],
  ['tcvn3', 'TCVN3 (ABC)', 'phông .VnTime, .VnArial …'],
  ['tcvn3-upper', 'TCVN3 chữ hoa', 'phông .VnTimeH, .VnArialH …'],
  ['vni', 'VNI', 'phông VNI-Times, VNI-Helve …'],
];

export function LegacyConvertButton({ onChoose }: { onChoose: (choice: LegacyChoice) => void }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <FormatButton label="Chuyển mã TCVN3/VNI → Unicode" onClick={(e) => setAnchor(e.currentTarget)}>
        <Translate fontSize="small" />
      </FormatButton>
      {/* The command puts focus back in the text itself; a late restore when the menu's exit transition ends would
          move the caret the clerk has set since. */}
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)} disableRestoreFocus>
        {CHOICES.map(([choice, label, fonts]) => (
          <MenuItem
            key={choice}
            onClick={() => {
              setAnchor(null);
              onChoose(choice);
            }}
          >
            <ListItemText primary={label} secondary={fonts} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
