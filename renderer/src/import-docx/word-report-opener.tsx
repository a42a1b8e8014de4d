/**
 * "Mở báo cáo Word (.docx)…": choose (desktop: main's dialog and capped read; browser: a file input) or drop a
 * .docx, read it with the Word import in its own chunk while "Đang đọc tệp Word…" is shown, review, then create
 * the draft through the same repository as "Tạo báo cáo mới". A refusal is a dialog with the import's
 * Vietnamese sentence; nothing on this machine is touched before "Tạo bản nháp".
 */
import { useRef, useState, type ReactNode } from 'react';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { wizardSteps } from '../../../core/model/wizard-steps';
import type { Template } from '../../../core/templates/template-schema';
import { useRepository } from '../app/repository-context';
import { JournalSaveError } from '../journal/journal-api';
import { useRuleSetRegistry, useTemplates } from '../template-packs/template-registry';
import type { OutlineChoice, WordReportResult } from './read-word-report';
import { readWordReportOffThread, type OffThreadRead } from './read-word-report-off-thread';
import { wordImportChunk } from './word-import-chunk';
import { HiddenFileInput } from '../app/hidden-file-input';

type Reviewed = Extract<WordReportResult, { ok: true }>;
type Phase =
  { name: 'idle' } | { name: 'reading'; fileName: string } | { name: 'review'; fileName: string; result: Reviewed };

export interface WordReportOpener {
  start(): void;
  openFile(file: File): void;
  ui: ReactNode;
}

const READ_FAILED = (name: string) =>
  `Không đọc được tệp “${name}”. Hãy thử lại; nếu vẫn lỗi, hãy mở tệp bằng Word, chọn Tệp > Lưu thành > Word Document (.docx) rồi mở tệp mới.`;
/**
 * The page itself reads the .docx only where a worker cannot start: a plain browser that forbids it. The desktop
 * app always starts its own worker (same origin, allowed by its CSP), so the parser is not bundled a second time
 * into its page; should the worker die there, the clerk gets the "could not read" message and can try again. The
 * test is written here, not imported: rolldown only drops the import when it sees the constant in this module.
 */
async function readInPage(bytes: Uint8Array, fileName: string, templates: readonly Template[]) {
  if (typeof __BROWSER_BUILD__ !== 'undefined' && !__BROWSER_BUILD__)
    throw new Error('The desktop renderer reads Word files in its worker only.');
  return (await import('./read-word-report')).readWordReport(bytes, fileName, templates);
}

const CREATE_FAILED =
  'Không tạo được bản nháp vì bộ nhớ của ứng dụng đang lỗi. Tệp Word không bị thay đổi; hãy thử lại, hoặc đóng rồi mở lại ứng dụng.';

export function useWordReportOpener(onCreated: (draft: { id: string; stepKey: string }) => void): WordReportOpener {
  const repo = useRepository();
  const templates = useTemplates();
  const ruleSets = useRuleSetRegistry();
  const input = useRef<HTMLInputElement>(null);
  const attempt = useRef(0);
  const reading = useRef<OffThreadRead | null>(null);
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [createError, setCreateError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** `read` gives the bytes, or a Vietnamese refusal (too large) before anything was read. */
  const importWith = async (
    fileName: string,
    read: (maxBytes: number, tooLarge: (name: string) => string) => Promise<Uint8Array | string>,
  ) => {
    const id = ++attempt.current;
    setError(null);
    setPhase({ name: 'reading', fileName });
    const fail = (message: string) => {
      if (id !== attempt.current) return;
      setPhase({ name: 'idle' });
      setError(message);
    };
    try {
      const words = await wordImportChunk.load();
      const bytes = await read(words.WORD_FILE_MAX_BYTES, words.tooLargeMessage);
      if (typeof bytes === 'string') return fail(bytes);
      if (id !== attempt.current) return; // "Hủy" while the file was being read
      reading.current = readWordReportOffThread({ bytes, fileName, templates }, readInPage);
      const result = await reading.current.result;
      reading.current = null;
      if (id !== attempt.current) return;
      if (!result.ok) return fail(result.message);
      setCreateError(null);
      setPhase({ name: 'review', fileName, result });
    } catch {
      fail(READ_FAILED(fileName));
    }
  };

  const openFile = (file: File) =>
    void importWith(file.name, async (maxBytes, tooLarge) =>
      file.size > maxBytes ? tooLarge(file.name) : new Uint8Array(await file.arrayBuffer()),
    );

  const start = () => {
    const api = typeof window !== 'undefined' ? window.soanBaoCao : undefined;
    if (!api) return input.current?.click();
    setError(null);
    void api.wordFileOpen().then(
      (res) => {
        if (res.status === 'canceled') return;
        if (res.status === 'error') return setError(res.message);
        if (res.status === 'too-large')
          return void importWith(res.fileName, async (_max, tooLarge) => tooLarge(res.fileName));
        void importWith(res.fileName, async () => res.bytes);
      },
      () => setError('Không mở được hộp chọn tệp. Hãy thử lại; nếu vẫn lỗi, hãy khởi động lại ứng dụng.'),
    );
  };

  const create = async (choice: OutlineChoice) => {
    setBusy(true);
    setCreateError(null);
    try {
      const first = wizardSteps(choice.report)[0]!.key;
      const draft = await repo.createDraft(choice.templateId, choice.report, first);
      setPhase({ name: 'idle' });
      onCreated({ id: draft.id, stepKey: first });
    } catch (e) {
      setCreateError(e instanceof JournalSaveError ? e.userMessage : CREATE_FAILED);
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    attempt.current++;
    reading.current?.cancel();
    reading.current = null;
    setPhase({ name: 'idle' });
  };

  const ruleSetName = (id: string) => {
    const found = ruleSets.get(id);
    return found.ok ? found.ruleSet.name : undefined;
  };

  // Loaded with the import, before the review phase is ever entered.
  const ReviewDialog = wordImportChunk.loaded()?.ImportReviewDialog;
  const ui = (
    <>
      <HiddenFileInput
        inputRef={input}
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        testId="word-file-input"
        onFile={openFile}
      />
      {phase.name === 'reading' && (
        <Dialog open onClose={cancel} aria-labelledby="word-reading-title" maxWidth="xs" fullWidth>
          <DialogTitle id="word-reading-title">Đang đọc tệp Word…</DialogTitle>
          <DialogContent>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <CircularProgress size={28} aria-label="Đang đọc tệp Word" />
              <Typography variant="body2" sx={{ wordBreak: 'break-word' }}>
                {phase.fileName}
              </Typography>
            </Stack>
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button onClick={cancel}>Hủy</Button>
          </DialogActions>
        </Dialog>
      )}
      {phase.name === 'review' && ReviewDialog && (
        <ReviewDialog
          fileName={phase.fileName}
          result={phase.result}
          ruleSetName={ruleSetName(phase.result.report.ruleSet)}
          busy={busy}
          error={createError}
          onCreate={(choice) => void create(choice)}
          onCancel={cancel}
        />
      )}
      {error !== null && (
        <Dialog
          open
          onClose={() => setError(null)}
          aria-labelledby="word-error-title"
          aria-describedby="word-error-text"
          maxWidth="sm"
          fullWidth
        >
          <DialogTitle id="word-error-title">Không mở được tệp</DialogTitle>
          <DialogContent>
            <DialogContentText id="word-error-text">{error}</DialogContentText>
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button variant="contained" onClick={() => setError(null)}>
              Đóng
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
  return { start, openFile, ui };
}
