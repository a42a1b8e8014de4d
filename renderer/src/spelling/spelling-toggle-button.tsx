/** "Kiểm tra chính tả" in the editor toolbar: on or off for every editor at once, remembered across restarts. */
import { useSyncExternalStore } from 'react';
import SpellcheckIcon from '@mui/icons-material/Spellcheck';
import { FormatButton } from '../editor/format-button';
import { spellingSession } from './spelling-session-instance';

export function SpellingToggleButton() {
  const session = spellingSession();
  const on = useSyncExternalStore(session.subscribe, session.enabled);
  return (
    <FormatButton
      label="Kiểm tra chính tả"
      shortcut={on ? 'đang bật' : 'đang tắt'}
      active={on}
      onClick={() => session.setEnabled(!on)}
    >
      <SpellcheckIcon fontSize="small" />
    </FormatButton>
  );
}
