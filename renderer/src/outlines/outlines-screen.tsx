/**
 * "Đề cương": every outline this machine offers — built-in, from signed packs, and made here (marked as not
 * signed) — with the ways to make one (blank, a copy of another, from a report) and to share one by file.
 * Built-in and signed outlines are never edited in place: "Tạo bản sao để sửa" makes a local copy.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import ArrowBack from '@mui/icons-material/ArrowBack';
import AccountTree from '@mui/icons-material/AccountTree';
import FileUpload from '@mui/icons-material/FileUpload';
import { HiddenFileInput } from '../app/hidden-file-input';
import { useRepository } from '../app/repository-context';
import { draftTitle } from '../db/draft-record';
import { useDurability } from '../journal/durability-context';
import type { Route } from '../routing/hash-route';
import { useTemplateRegistry } from '../template-packs/template-registry';
import { ConfirmDialog } from '../wizard/confirm-dialog';
import { blankOutline, copyOfOutline } from '../../../core/templates/new-outline';
import { outlineFromReport } from '../../../core/templates/outline-from-report';
import { OUTLINE_FILE_EXTENSION } from '../../../core/templates/outline-file';
import type { Template } from '../../../core/templates/template-schema';
import { sliceCodePoints } from '../../../core/text/truncate';
import { deleteLocalOutline, restoreLocalOutline, saveLocalOutline } from './local-outlines-repository';
import { OutlineEditor } from './outline-editor';
import {
  exportOutlineFile,
  importPlan,
  keepBoth,
  newOutlineId,
  outlineExportNotice,
  readOutlineFile,
} from './outline-file-io';
import { ORIGIN_LABELS } from './outline-origin';

type Notice = { text: string; undoDelete?: string | undefined };

/** Sections below the chapters, at any depth. */
const countSections = (t: Template) => {
  const count = (nodes: Template['chapters']): number => nodes.reduce((n, c) => n + 1 + count(c.children ?? []), 0);
  return count(t.chapters) - t.chapters.length;
};

interface OutlinesScreenProps {
  navigate: (route: Route) => void;
  /** "Tạo đề cương từ báo cáo này" in the wizard: open the editor on an outline made from this draft. */
  fromDraftId?: string | undefined;
}

export function OutlinesScreen({ navigate, fromDraftId }: OutlinesScreenProps) {
  const { db } = useDurability();
  const repo = useRepository();
  const registry = useTemplateRegistry();
  const [editing, setEditing] = useState<Template | null>(null);
  const [picking, setPicking] = useState<'template' | 'report' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [deleting, setDeleting] = useState<Template | null>(null);
  const [collision, setCollision] = useState<{ incoming: Template; existing: Template } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // The draft the editor was opened from, to go back to it when the clerk cancels.
  const [returnToDraft, setReturnToDraft] = useState<string | null>(null);
  const drafts = useLiveQuery(() => (picking === 'report' ? repo.listDrafts() : undefined), [repo, picking]);

  // The free outline is what a Word report matching no outline gets; it has nothing to edit or copy.
  const outlines = registry.templates.filter((t) => t.chapters.length > 0);
  const localIds = new Set(outlines.filter((t) => registry.origins.get(t.id) === 'local').map((t) => t.id));
  const findAny = useCallback(
    (id: string) => registry.templates.find((t) => t.id === id) ?? registry.retired.find((t) => t.id === id),
    [registry],
  );

  const openFromDraft = useRef<string | null>(null);
  useEffect(() => {
    if (!fromDraftId || openFromDraft.current === fromDraftId) return;
    openFromDraft.current = fromDraftId;
    void repo.getDraft(fromDraftId).then(
      (got) => {
        if (!got.ok) return setError(got.message);
        const { report, templateId } = got.draft;
        const name = sliceCodePoints(`Đề cương theo ${draftTitle(report)}`, 200);
        // Nothing is stored until "Lưu đề cương"; the report itself is only read.
        setEditing(outlineFromReport(report, findAny(templateId), newOutlineId(), name));
        setReturnToDraft(fromDraftId);
        // The address becomes the outline list's, so a reload does not make the outline again.
        navigate({ name: 'outlines' });
      },
      () => setError('Không mở được báo cáo để tạo đề cương. Hãy quay lại báo cáo rồi thử lại.'),
    );
    // The registry may change while the editor is open; the ref above makes this run once per draft.
  }, [fromDraftId, repo, navigate, findAny]);

  const store = async (template: Template, done: (stored: Template) => string) => {
    const stored = await saveLocalOutline(db, template);
    setNotice({ text: done(stored) });
  };
  const importFile = async (file: File) => {
    setError(null);
    const read = await readOutlineFile(file).catch(() => null);
    if (!read) return setError(`Không đọc được tệp “${file.name}”. Hãy kiểm tra tệp rồi thử lại.`);
    if (!read.ok) return setError(read.message);
    const plan = importPlan(read.template, localIds);
    if (plan.kind === 'collision') {
      const existing = outlines.find((t) => t.id === plan.template.id);
      if (existing) return setCollision({ incoming: plan.template, existing });
    }
    await storeImported(plan.template);
  };
  const storeImported = (template: Template) =>
    store(
      template,
      (t) => `Đã nhập đề cương “${t.name}”. Đề cương có trong “Tạo báo cáo mới”, đánh dấu là tự soạn (chưa ký).`,
    ).catch(() => setError('Không lưu được đề cương vừa nhập vào bộ nhớ của ứng dụng. Hãy thử lại.'));

  if (editing)
    return (
      <Box sx={{ minHeight: '100%', bgcolor: 'background.default' }}>
        {/* Wider than the lists: the tree and the selected node's fields sit side by side. */}
        <Box className="page-container" style={{ maxWidth: 1280 }}>
          <OutlineEditor
            initial={editing}
            onClose={() => {
              setEditing(null);
              if (returnToDraft) navigate({ name: 'draft', draftId: returnToDraft });
            }}
            onSave={async (t) => {
              await store(t, (s) => `Đã lưu đề cương “${s.name}” (phiên bản ${s.version}).`);
              setEditing(null);
              setReturnToDraft(null);
            }}
          />
        </Box>
        <Snackbar
          open={notice !== null}
          autoHideDuration={8000}
          onClose={() => setNotice(null)}
          message={notice?.text}
        />
      </Box>
    );

  return (
    <Box sx={{ minHeight: '100%', bgcolor: 'background.default' }}>
      <AppBar position="static">
        <Toolbar sx={{ gap: 1.5 }}>
          <Button color="inherit" startIcon={<ArrowBack />} onClick={() => navigate({ name: 'home' })}>
            Bản nháp báo cáo
          </Button>
          <Typography variant="h6" component="div" sx={{ flexGrow: 1 }}>
            Đề cương báo cáo
          </Typography>
        </Toolbar>
      </AppBar>
      <Box className="page-container">
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }} useFlexGap>
          <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
            Đề cương
          </Typography>
          <Button variant="outlined" startIcon={<FileUpload />} onClick={() => fileInput.current?.click()}>
            Nhập tệp đề cương…
          </Button>
          <Button variant="outlined" onClick={() => setPicking('report')}>
            Tạo từ báo cáo…
          </Button>
          <Button variant="outlined" onClick={() => setPicking('template')}>
            Tạo từ đề cương có sẵn…
          </Button>
          <Button variant="contained" startIcon={<Add />} onClick={() => setEditing(blankOutline(newOutlineId()))}>
            Tạo mới
          </Button>
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          Đề cương do Văn phòng Tỉnh ủy phát hành (có sẵn hoặc trong gói đã ký số) không sửa trực tiếp được: bấm “Tạo
          bản sao để sửa”. Đề cương tự soạn chia sẻ qua USB bằng tệp {OUTLINE_FILE_EXTENSION}; tệp này không có chữ ký
          số. Báo cáo đã tạo từ một đề cương vẫn giữ nguyên nội dung khi đề cương được sửa hoặc xóa.
        </Typography>
        {error && (
          <Alert severity="error" onClose={() => setError(null)} sx={{ mb: 2 }} data-testid="outline-error">
            {error}
          </Alert>
        )}
        {registry.problems.map((p) => (
          <Alert key={p} severity="warning" sx={{ mb: 1 }}>
            {p}
          </Alert>
        ))}
        <Stack component="ul" spacing={1.5} sx={{ p: 0, m: 0 }} aria-label="Danh sách đề cương">
          {outlines.map((t) => {
            const origin = registry.origins.get(t.id) ?? 'built-in';
            return (
              <Paper
                key={t.id}
                component="li"
                variant="outlined"
                sx={{ p: 2, listStyle: 'none' }}
                data-testid="outline-card"
              >
                <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
                  <AccountTree color="primary" />
                  <Box sx={{ flexGrow: 1, minWidth: 0 }}>
                    <Typography sx={{ fontWeight: 600 }}>{t.name}</Typography>
                    <Typography variant="body2" color="text.secondary">
                      Phiên bản {t.version} · {t.chapters.length} chương, {countSections(t)} mục
                    </Typography>
                  </Box>
                  <Chip
                    size="small"
                    label={ORIGIN_LABELS[origin]}
                    color={origin === 'local' ? 'warning' : 'default'}
                    variant="outlined"
                  />
                  {origin === 'local' ? (
                    <>
                      <Button size="small" onClick={() => setEditing(t)}>
                        Sửa
                      </Button>
                      <Button
                        size="small"
                        onClick={() =>
                          void exportOutlineFile(t).then((result) => {
                            const text = outlineExportNotice(result);
                            if (text) setNotice({ text });
                          })
                        }
                      >
                        Xuất tệp
                      </Button>
                      <Button size="small" color="error" onClick={() => setDeleting(t)}>
                        Xóa
                      </Button>
                    </>
                  ) : (
                    <Button
                      size="small"
                      onClick={() => setEditing(copyOfOutline(t, newOutlineId(), `${t.name} (bản sao)`))}
                    >
                      Tạo bản sao để sửa
                    </Button>
                  )}
                </Stack>
              </Paper>
            );
          })}
        </Stack>
      </Box>

      <HiddenFileInput
        inputRef={fileInput}
        accept={`${OUTLINE_FILE_EXTENSION},.json,application/json`}
        testId="outline-file-input"
        onFile={(file) => void importFile(file)}
      />

      {picking === 'template' && (
        <Dialog open onClose={() => setPicking(null)} maxWidth="sm" fullWidth aria-labelledby="pick-outline-title">
          <DialogTitle id="pick-outline-title">Tạo từ đề cương có sẵn</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 1 }}>
              Chọn đề cương để sao chép; bản sao là đề cương tự soạn của bạn.
            </DialogContentText>
            <List dense>
              {outlines.map((t) => (
                <ListItemButton
                  key={t.id}
                  onClick={() => {
                    setPicking(null);
                    setEditing(copyOfOutline(t, newOutlineId(), `${t.name} (bản sao)`));
                  }}
                >
                  <ListItemText primary={t.name} secondary={ORIGIN_LABELS[registry.origins.get(t.id) ?? 'built-in']} />
                </ListItemButton>
              ))}
            </List>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setPicking(null)}>Hủy</Button>
          </DialogActions>
        </Dialog>
      )}
      {picking === 'report' && (
        <Dialog open onClose={() => setPicking(null)} maxWidth="sm" fullWidth aria-labelledby="pick-report-title">
          <DialogTitle id="pick-report-title">Tạo đề cương từ báo cáo</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 1 }}>
              Các chương và mục của báo cáo được chọn trở thành đề cương mới; nội dung đã viết không được chép sang.
            </DialogContentText>
            {drafts?.drafts.length === 0 && (
              <Typography color="text.secondary">Chưa có bản nháp nào trên máy này.</Typography>
            )}
            <List dense>
              {drafts?.drafts.map((d) => (
                <ListItemButton
                  key={d.id}
                  onClick={() => {
                    setPicking(null);
                    const name = sliceCodePoints(`Đề cương theo ${draftTitle(d.report)}`, 200);
                    setEditing(outlineFromReport(d.report, findAny(d.templateId), newOutlineId(), name));
                  }}
                >
                  <ListItemText primary={draftTitle(d.report)} secondary={`${d.report.sections.length} chương`} />
                </ListItemButton>
              ))}
            </List>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setPicking(null)}>Hủy</Button>
          </DialogActions>
        </Dialog>
      )}
      {collision && (
        <Dialog open onClose={() => setCollision(null)} maxWidth="xs" fullWidth aria-labelledby="collision-title">
          <DialogTitle id="collision-title">Đề cương này đã có trên máy</DialogTitle>
          <DialogContent>
            <DialogContentText>
              Tệp chứa “{collision.incoming.name}”, cùng mã với đề cương “{collision.existing.name}” đang có. Thay thế
              đề cương đang có bằng bản trong tệp, hay giữ cả hai? Báo cáo đã tạo vẫn giữ nguyên nội dung.
            </DialogContentText>
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button onClick={() => setCollision(null)}>Hủy</Button>
            <Button
              onClick={() => {
                setCollision(null);
                void storeImported(keepBoth(collision.incoming));
              }}
            >
              Giữ cả hai
            </Button>
            <Button
              variant="contained"
              onClick={() => {
                setCollision(null);
                void storeImported(collision.incoming);
              }}
            >
              Thay thế
            </Button>
          </DialogActions>
        </Dialog>
      )}
      {deleting && (
        <ConfirmDialog
          title="Xóa đề cương?"
          message={`“${deleting.name}” sẽ không còn trong “Tạo báo cáo mới”. Các báo cáo đã tạo từ đề cương này vẫn mở được, giữ nguyên nội dung và hướng dẫn.`}
          confirmLabel="Xóa đề cương"
          onConfirm={() =>
            void deleteLocalOutline(db, deleting.id, Date.now()).then(
              () => setNotice({ text: `Đã xóa đề cương “${deleting.name}”.`, undoDelete: deleting.id }),
              () => setError('Không xóa được đề cương. Hãy thử lại.'),
            )
          }
          onClose={() => setDeleting(null)}
        />
      )}
      <Snackbar
        open={notice !== null}
        autoHideDuration={8000}
        onClose={(_, reason) => reason !== 'clickaway' && setNotice(null)}
        message={notice?.text}
        action={
          notice?.undoDelete && (
            <Button
              size="small"
              sx={{ color: '#ffd8a8' }}
              onClick={() => {
                const id = notice.undoDelete;
                setNotice(null);
                if (id) void restoreLocalOutline(db, id).catch(() => setError('Không hoàn tác được. Hãy thử lại.'));
              }}
            >
              Hoàn tác
            </Button>
          )
        }
      />
    </Box>
  );
}
