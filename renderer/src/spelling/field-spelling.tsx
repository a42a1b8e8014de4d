/**
 * Spell check under a one-line field (section headings, the trích yếu): a text input cannot draw a wavy line
 * under one word, so the words the dictionary does not know are listed under the field, underlined the same
 * way; a click opens the same choices as in the body (suggestions, "Bỏ qua", "Bỏ qua trong báo cáo này",
 * "Thêm vào từ điển của đơn vị"). It reads the field's reported value (after typing pauses), never each keystroke, and
 * runs in the browser's idle time.
 */
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Divider from '@mui/material/Divider';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Snackbar from '@mui/material/Snackbar';
import Typography from '@mui/material/Typography';
import { fieldFlags, replaceFlag, type FieldFlag } from './field-flags';
import { spellingSession } from './spelling-session-instance';
import { IGNORE_NOT_STORED } from './spelling-menu';

interface FieldSpellingProps {
  /** The field's name, for the group's accessible name ("Chính tả của Trích yếu"). */
  label: string;
  text: string;
  onText: (text: string) => void;
}

function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const t = setTimeout(task, 0);
    return () => clearTimeout(t);
  }
  const id = requestIdleCallback(task, { timeout: 1000 });
  return () => cancelIdleCallback(id);
}

export default function FieldSpelling({ label, text, onText }: FieldSpellingProps) {
  const session = spellingSession();
  const [flags, setFlags] = useState<FieldFlag[]>([]);
  const [changed, setChanged] = useState(0);
  const [menu, setMenu] = useState<{ flag: FieldFlag; anchor: HTMLElement } | null>(null);
  const [suggestions, setSuggestions] = useState<{ for: FieldFlag; list: string[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => session.subscribe(() => setChanged((n) => n + 1)), [session]);
  useEffect(() => {
    let live = true;
    const cancel = whenIdle(() => {
      fieldFlags(session, text).then(
        (found) => live && setFlags(found),
        // No worker: the check stays silent, as in the body editors.
        () => live && setFlags([]),
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [session, text, changed]);

  useEffect(() => {
    if (!menu) return;
    let live = true;
    session.suggest(menu.flag.word).then(
      (list) => live && setSuggestions({ for: menu.flag, list }),
      () => live && setSuggestions({ for: menu.flag, list: [] }),
    );
    return () => {
      live = false;
    };
  }, [menu, session]);

  const close = () => setMenu(null);
  const replace = (flag: FieldFlag, word: string) => {
    close();
    const next = replaceFlag(text, flag, word);
    if (next !== null) onText(next);
  };
  const ignore = (flag: FieldFlag, everywhere: boolean) => {
    close();
    (everywhere ? session.ignoreInReport(flag.word) : session.ignoreOnce(flag.occurrence)).catch((e: unknown) => {
      console.error(e);
      setError(IGNORE_NOT_STORED(flag.word));
    });
  };
  const addToOffice = (word: string) => {
    close();
    session.addOfficeWord(word).catch((e: unknown) => {
      console.error(e);
      setError(
        `Chưa thêm được “${word}” vào từ điển của đơn vị. Hãy thử lại; nếu vẫn không được, hãy khởi động lại ứng dụng.`,
      );
    });
  };

  if (flags.length === 0 && !error) return null;
  const list = menu && suggestions?.for === menu.flag ? suggestions.list : null;
  return (
    <Box role="group" aria-label={`Chính tả của ${label}`} sx={{ mt: 0.5 }}>
      {flags.length > 0 && (
        <Typography variant="caption" color="text.secondary" component="div">
          Có thể sai chính tả:{' '}
          {flags.map((flag, i) => (
            <ButtonBase
              key={`${flag.from}-${flag.word}`}
              onClick={(e) => setMenu({ flag, anchor: e.currentTarget })}
              aria-haspopup="menu"
              aria-label={`Sửa chính tả “${flag.word}”`}
              className="spelling-unknown"
              sx={{
                font: 'inherit',
                color: 'text.primary',
                mr: i < flags.length - 1 ? 1 : 0,
                textDecorationLine: 'underline',
                textDecorationStyle: 'wavy',
                textDecorationColor: '#d32f2f',
                textUnderlineOffset: '3px',
              }}
            >
              {flag.word}
            </ButtonBase>
          ))}
        </Typography>
      )}
      <Menu
        open={menu !== null}
        anchorEl={menu?.anchor ?? null}
        onClose={close}
        slotProps={{ list: { 'aria-label': `Chính tả của “${menu?.flag.word ?? ''}”` } }}
      >
        {list === null ? (
          <MenuItem dense disabled>
            Đang tìm gợi ý…
          </MenuItem>
        ) : list.length === 0 ? (
          <MenuItem dense disabled>
            Không có gợi ý
          </MenuItem>
        ) : (
          list.map((s) => (
            <MenuItem key={s} dense sx={{ fontWeight: 600 }} onClick={() => menu && replace(menu.flag, s)}>
              {s}
            </MenuItem>
          ))
        )}
        <Divider />
        <MenuItem dense onClick={() => menu && ignore(menu.flag, false)}>
          Bỏ qua
        </MenuItem>
        <MenuItem dense onClick={() => menu && ignore(menu.flag, true)}>
          Bỏ qua trong báo cáo này
        </MenuItem>
        <MenuItem dense onClick={() => menu && addToOffice(menu.flag.word)}>
          Thêm vào từ điển của đơn vị
        </MenuItem>
      </Menu>
      <Snackbar open={error !== null} onClose={() => setError(null)} autoHideDuration={8000}>
        <Alert severity="error" onClose={() => setError(null)}>
          {error}
        </Alert>
      </Snackbar>
    </Box>
  );
}
