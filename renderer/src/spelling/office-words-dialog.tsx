/**
 * "Từ điển của đơn vị": the words the office added (local names, loanwords, terms of its field), for the default
 * organisation profile: search, add, remove. Reached from the spelling button's menu in the editor toolbar and
 * from the organisation profiles screen. Every editor follows a change at once (the spelling session watches
 * the same table).
 */
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { OutlinedField } from '../app/outlined-field';
import { useDurability } from '../journal/durability-context';
import { OFFICE_WORD_REFUSED, createOfficeWordsRepository } from './office-words-repository';
import { officeWordKey } from './office-word';

/** More rows than a clerk scrolls through: the search narrows them. */
const SHOWN = 300;

export function OfficeWordsDialog({ onClose }: { onClose: () => void }) {
  const { db } = useDurability();
  const repo = useMemo(() => createOfficeWordsRepository({ db, now: Date.now }), [db]);
  const entries = useLiveQuery(() => repo.listEntries(), [repo]);
  const profile = useLiveQuery(() => db.profiles.filter((p) => p.isDefault).first(), [db]);
  const [search, setSearch] = useState('');
  const [word, setWord] = useState('');
  const [error, setError] = useState<string | null>(null);

  const needle = officeWordKey(search.trim());
  const shown = (entries ?? []).filter((e) => e.word.includes(needle));

  const add = async () => {
    const value = word.trim().normalize('NFC');
    if (!value) return;
    try {
      await repo.addWord(value);
      setWord('');
      setError(null);
    } catch (e) {
      setError(
        e instanceof Error && e.message === OFFICE_WORD_REFUSED
          ? OFFICE_WORD_REFUSED
          : 'Chưa thêm được từ này vì bộ nhớ của ứng dụng đang lỗi. Hãy thử lại.',
      );
    }
  };
  const remove = (w: string) =>
    void repo.removeWord(w).catch(() => setError(`Chưa xóa được “${w}” vì bộ nhớ của ứng dụng đang lỗi. Hãy thử lại.`));

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="office-words-title">
      <DialogTitle id="office-words-title">Từ điển của đơn vị</DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {profile
            ? `Các từ của “${profile.label}”: không bị gạch chân khi kiểm tra chính tả, và được gửi kèm khi lưu bản nháp ra tệp.`
            : 'Chưa có hồ sơ cơ quan: các từ được giữ chung trên máy này, không bị gạch chân khi kiểm tra chính tả.'}
        </Typography>
        <Stack
          component="form"
          direction="row"
          spacing={1}
          sx={{ mb: 1.5 }}
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <OutlinedField
            size="small"
            label="Thêm từ"
            value={word}
            onChange={(e) => setWord(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 40 } }}
            sx={{ flexGrow: 1 }}
          />
          <Button type="submit" variant="contained" disabled={!word.trim()}>
            Thêm
          </Button>
        </Stack>
        {error && (
          <Alert severity="error" onClose={() => setError(null)} sx={{ mb: 1 }}>
            {error}
          </Alert>
        )}
        <OutlinedField
          size="small"
          fullWidth
          label="Tìm trong từ điển"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <Typography variant="body2" color="text.secondary" role="status" sx={{ mt: 1 }}>
          {entries === undefined
            ? 'Đang tải…'
            : needle
              ? `${shown.length} / ${entries.length} từ`
              : `${entries.length} từ`}
        </Typography>
        {entries !== undefined && entries.length === 0 && (
          <Typography sx={{ mt: 1 }}>
            Chưa có từ nào. Nhấn chuột phải vào một từ bị gạch chân rồi chọn “Thêm vào từ điển của đơn vị”, hoặc gõ từ
            vào ô “Thêm từ”.
          </Typography>
        )}
        <Box sx={{ maxHeight: 320, overflowY: 'auto' }}>
          <List dense aria-label="Các từ của đơn vị">
            {shown.slice(0, SHOWN).map((e) => (
              <ListItem
                key={e.word}
                divider
                secondaryAction={
                  <IconButton edge="end" aria-label={`Xóa “${e.word}” khỏi từ điển`} onClick={() => remove(e.word)}>
                    <DeleteOutline fontSize="small" />
                  </IconButton>
                }
              >
                <ListItemText primary={e.word} />
              </ListItem>
            ))}
          </List>
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Đóng</Button>
      </DialogActions>
    </Dialog>
  );
}
