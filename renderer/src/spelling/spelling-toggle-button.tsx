/**
 * "Kiểm tra chính tả" in the editor toolbar: on or off for every editor at once, remembered across restarts;
 * the arrow beside it opens its menu, with "Từ điển của đơn vị…".
 */
import { useState, useSyncExternalStore } from 'react';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import SpellcheckIcon from '@mui/icons-material/Spellcheck';
import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import { FormatButton } from '../editor/format-button';
import { OfficeWordsDialog } from './office-words-dialog';
import { spellingSession } from './spelling-session-instance';

export function SpellingToggleButton() {
  const session = spellingSession();
  const on = useSyncExternalStore(session.subscribe, session.enabled);
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const [words, setWords] = useState(false);
  return (
    <>
      <FormatButton
        label="Kiểm tra chính tả"
        shortcut={on ? 'đang bật' : 'đang tắt'}
        active={on}
        onClick={() => session.setEnabled(!on)}
      >
        <SpellcheckIcon fontSize="small" />
      </FormatButton>
      <FormatButton label="Tùy chọn chính tả" onClick={(e) => setMenu(e.currentTarget)}>
        <ArrowDropDown fontSize="small" />
      </FormatButton>
      <Menu
        open={menu !== null}
        anchorEl={menu}
        onClose={() => setMenu(null)}
        slotProps={{ list: { 'aria-label': 'Tùy chọn chính tả' } }}
      >
        <MenuItem
          dense
          onClick={() => {
            setMenu(null);
            session.setEnabled(!on);
          }}
        >
          {on ? 'Tắt kiểm tra chính tả' : 'Bật kiểm tra chính tả'}
        </MenuItem>
        <MenuItem
          dense
          onClick={() => {
            setMenu(null);
            setWords(true);
          }}
        >
          Từ điển của đơn vị…
        </MenuItem>
      </Menu>
      {words && <OfficeWordsDialog onClose={() => setWords(false)} />}
    </>
  );
}
