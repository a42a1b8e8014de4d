/**
 * Home: the drafts on this machine, search, create from a template, open a draft file or a Word report (button
 * or drop), duplicate, delete with undo, and add the first organisation profile without leaving the screen.
 */
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import InputAdornment from '@mui/material/InputAdornment';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import Search from '@mui/icons-material/Search';
import Description from '@mui/icons-material/Description';
import Business from '@mui/icons-material/Business';
import PostAdd from '@mui/icons-material/PostAdd';
import AccountTree from '@mui/icons-material/AccountTree';
import MoveToInbox from '@mui/icons-material/MoveToInbox';
import { newReportFromTemplate, type IssuerDefaults } from '../../../core/model/new-report';
import { wizardSteps } from '../../../core/model/wizard-steps';
import type { Template } from '../../../core/templates/template-schema';
import { useRuleSetRegistry, useTemplates } from '../template-packs/template-registry';
import { UpdateMenuButton } from '../updates/update-menu-button';
import { useProfiles } from '../app/profiles-context';
import { useRepository } from '../app/repository-context';
import { emptyProfileInput, issuerDefaultsFromProfile, ruleSetFor } from '../profiles/org-profile';
import { ProfileFormDialog } from '../profiles/profile-form-dialog';
import { ruleSetForDisplay } from '../../../core/rules/rule-set-registry';
import { draftTitle, type DraftRecord } from '../db/draft-record';
import { randomId } from '../db/drafts-repository';
import type { Route } from '../routing/hash-route';
import { matchesSearch } from '../text/fold-search';
import { localIsoDate } from '../text/format-timestamp';
import { useDraftFileOpener } from '../draft-file/draft-file-opener';
import FileOpen from '@mui/icons-material/FileOpen';
import { reportFileKind } from '../import-docx/report-file-kind';
import { useWordReportOpener } from '../import-docx/word-report-opener';
import { HomeDropZone } from './home-drop-zone';
import { TrashButton } from '../trash/trash-button';
import { DraftCard } from './draft-card';
import { copyNotice } from './copy-notice';
import { NewReportDialog, type ProfileChoice } from './new-report-dialog';
import { OutlinedField } from '../app/outlined-field';
import './home-layout.css';

/** Without any profile, a new report takes the issuing body, signer and recipients of the most recent draft. */
function issuerFrom(latest: DraftRecord | undefined): IssuerDefaults {
  if (!latest) return { header: { parentOrg: '', issuer: '', issuerCode: '', place: '' }, signature: {} };
  const { header, signature, recipients } = latest.report;
  return {
    header: { parentOrg: header.parentOrg, issuer: header.issuer, issuerCode: header.issuerCode, place: header.place },
    signature: { authority: signature.authority, title: signature.title, name: signature.name },
    recipients: recipients.length ? recipients : undefined,
  } as IssuerDefaults;
}

function searchText(d: DraftRecord): string {
  const r = d.report;
  return [draftTitle(r), r.title, r.header.issuer, r.header.number, r.docType].join(' ');
}

export function HomeScreen({ navigate }: { navigate: (route: Route) => void }) {
  const repo = useRepository();
  const list = useLiveQuery(() => repo.listDrafts(), [repo]);
  const profilesRepo = useProfiles();
  const profiles = useLiveQuery(() => profilesRepo.listProfiles(), [profilesRepo]);
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState(false);
  const [deleted, setDeleted] = useState<{ id: string; title: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [addingProfile, setAddingProfile] = useState(false);
  // What just went right ("Nhân bản", a profile saved), with the draft to open when there is one.
  const [notice, setNotice] = useState<{ message: string; draft?: DraftRecord } | null>(null);
  // The free outline (no chapters) is for reports opened from a Word file, not for a new blank report.
  const templates = useTemplates();
  const ruleSets = useRuleSetRegistry();

  const shown = useMemo(() => (list?.drafts ?? []).filter((d) => matchesSearch(searchText(d), query)), [list, query]);

  const open = (d: DraftRecord) => navigate({ name: 'draft', draftId: d.id, stepKey: d.lastStepKey });
  const create = async (template: Template, choice: ProfileChoice) => {
    setBusy(true);
    try {
      const today = localIsoDate(Date.now());
      const profile = choice === 'none' ? undefined : choice;
      // "Không dùng hồ sơ" starts blank; with no profile at all, the latest draft's issuer is the best guess.
      const issuer = profile
        ? issuerDefaultsFromProfile(profile)
        : issuerFrom(choice === 'none' ? undefined : list?.drafts[0]);
      const base = newReportFromTemplate(template, issuer, today, randomId);
      // The outline's own rule-set when this machine has it; else the one in force today among built-in and
      // installed ones (a newer province regime included).
      const family = profile?.family ?? ruleSetForDisplay(ruleSets, base).ruleSet.family;
      const own = template.ruleSet && ruleSets.get(template.ruleSet).ok ? template.ruleSet : null;
      const report = { ...base, ruleSet: own ?? ruleSetFor(family, today, ruleSets) };
      const first = wizardSteps(report)[0]!.key;
      const draft = await repo.createDraft(template.id, report, first);
      navigate({ name: 'draft', draftId: draft.id, stepKey: first });
    } catch {
      setError('Không tạo được bản nháp mới vì bộ nhớ của ứng dụng đang lỗi. Hãy đóng rồi mở lại ứng dụng.');
    } finally {
      setBusy(false);
      setCreating(false);
    }
  };
  const act = (fn: () => Promise<unknown>, failure: string) => () => void fn().catch(() => setError(failure));

  const toDraft = (d: { id: string; lastStepKey: string }) =>
    navigate({ name: 'draft', draftId: d.id, stepKey: d.lastStepKey });
  const draftFiles = useDraftFileOpener(toDraft);
  const wordFiles = useWordReportOpener((d) => navigate({ name: 'draft', draftId: d.id, stepKey: d.stepKey }));
  const openDropped = async (files: File[]) => {
    setError(null);
    if (files.length > 1)
      return setError('Hãy thả từng tệp một: mỗi lần chỉ mở được một báo cáo Word hoặc một tệp bản nháp.');
    const [file] = files;
    if (!file) return;
    let head: Uint8Array;
    try {
      head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
    } catch {
      return setError(
        `Không đọc được tệp “${file.name}” (có thể là một thư mục hoặc tệp đã bị xóa). Hãy chọn lại tệp.`,
      );
    }
    if (reportFileKind(file.name, head) === 'word') return wordFiles.openFile(file);
    // The desktop app reads draft files in main, which also checks the journal for the same draft.
    if (window.soanBaoCao)
      return setError(
        'Tệp bản nháp (.baocao.json) được mở bằng nút “Mở tệp bản nháp” để ứng dụng kiểm tra bản nháp trùng trên máy. Hãy bấm nút đó rồi chọn tệp.',
      );
    draftFiles.openFile(file);
  };

  return (
    <HomeDropZone onFiles={(files) => void openDropped(files)}>
      <Box className="home-page" sx={{ minHeight: '100%', bgcolor: 'background.default' }}>
        <AppBar position="static">
          <Toolbar sx={{ gap: 1.5 }}>
            <Description />
            <Typography variant="h6" component="div" sx={{ flexGrow: 1 }}>
              Soạn Báo Cáo
            </Typography>
            <Typography variant="body2" className="home-tagline" sx={{ opacity: 0.85 }}>
              Soạn báo cáo định kỳ của cấp ủy · làm việc không cần mạng
            </Typography>
            <Button color="inherit" startIcon={<MoveToInbox />} onClick={() => navigate({ name: 'inbox' })}>
              Nhận báo cáo
            </Button>
            <Button color="inherit" startIcon={<AccountTree />} onClick={() => navigate({ name: 'outlines' })}>
              Đề cương
            </Button>
            <Button color="inherit" startIcon={<Business />} onClick={() => navigate({ name: 'profiles' })}>
              Hồ sơ cơ quan
            </Button>
            <UpdateMenuButton />
          </Toolbar>
        </AppBar>

        <Box className="page-container">
          <Box className="home-head">
            <Typography variant="h5" component="h1" className="home-head-title">
              Bản nháp báo cáo
            </Typography>
            <Box className="home-actions">
              <TrashButton />
              <Button variant="outlined" startIcon={<FileOpen />} onClick={draftFiles.start}>
                Mở tệp bản nháp
              </Button>
              <Button variant="outlined" startIcon={<PostAdd />} onClick={wordFiles.start}>
                Mở báo cáo Word (.docx)…
              </Button>
              <Button variant="contained" size="large" startIcon={<Add />} onClick={() => setCreating(true)}>
                Tạo báo cáo mới
              </Button>
            </Box>
          </Box>

          {error && (
            <Alert severity="error" onClose={() => setError(null)} sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          {profiles?.length === 0 && (
            <Alert
              severity="info"
              sx={{ mb: 2 }}
              action={
                <Button color="inherit" size="small" onClick={() => setAddingProfile(true)}>
                  Thêm hồ sơ
                </Button>
              }
            >
              Chưa có hồ sơ cơ quan. Thêm hồ sơ (tên cơ quan, ký hiệu, địa danh, người ký, nơi nhận) để mỗi báo cáo mới
              được điền sẵn.
            </Alert>
          )}
          {list?.broken.map((b) => (
            <Alert key={b.id} severity="warning" sx={{ mb: 1 }}>
              {b.message}
            </Alert>
          ))}

          {list === undefined ? (
            <Box sx={{ display: 'flex', justifyContent: 'center', py: 6 }}>
              <CircularProgress aria-label="Đang tải danh sách" />
            </Box>
          ) : list.drafts.length === 0 ? (
            <Paper variant="outlined" sx={{ p: 5, textAlign: 'center' }}>
              <Description sx={{ fontSize: 56, color: 'primary.main', opacity: 0.6 }} />
              <Typography variant="h6" sx={{ mt: 1 }}>
                Chưa có bản nháp nào
              </Typography>
              <Typography color="text.secondary" sx={{ maxWidth: 520, mx: 'auto', mt: 1, mb: 3 }}>
                Bấm “Tạo báo cáo mới”, chọn đề cương rồi điền từng bước: thông tin chung, từng chương, nơi nhận và người
                ký. Mọi thay đổi được lưu tự động trên máy này; khi xong, xuất ra tệp Word (.docx) đúng thể thức. Đã có
                báo cáo kỳ trước bằng Word? Bấm “Mở báo cáo Word (.docx)…” hoặc kéo thả tệp vào đây.
              </Typography>
              <Button variant="contained" startIcon={<Add />} onClick={() => setCreating(true)}>
                Tạo báo cáo mới
              </Button>
            </Paper>
          ) : (
            <>
              <OutlinedField
                label="Tìm bản nháp"
                placeholder="Gõ có dấu hoặc không dấu, ví dụ: so ket"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                sx={{ mb: 2, bgcolor: 'background.paper' }}
                slotProps={{
                  input: {
                    startAdornment: (
                      <InputAdornment position="start">
                        <Search fontSize="small" />
                      </InputAdornment>
                    ),
                  },
                }}
              />
              {shown.length === 0 ? (
                <Typography color="text.secondary" sx={{ py: 3, textAlign: 'center' }}>
                  Không tìm thấy bản nháp nào khớp với “{query}”.
                </Typography>
              ) : (
                <Stack component="ul" spacing={1.5} sx={{ p: 0, m: 0 }} aria-label="Danh sách bản nháp">
                  {shown.map((d) => (
                    <DraftCard
                      key={d.id}
                      draft={d}
                      onOpen={() => open(d)}
                      onDuplicate={act(async () => {
                        const copy = await repo.duplicateDraft(d.id);
                        setNotice({ message: copyNotice(d.report), draft: copy });
                      }, 'Không nhân bản được bản nháp. Hãy thử lại.')}
                      onDelete={act(async () => {
                        await repo.deleteDraft(d.id);
                        setDeleted({ id: d.id, title: draftTitle(d.report) });
                      }, 'Không xóa được bản nháp. Hãy thử lại.')}
                    />
                  ))}
                </Stack>
              )}
            </>
          )}
        </Box>

        {draftFiles.ui}
        {wordFiles.ui}
        {creating && (
          <NewReportDialog
            templates={templates.filter((t) => t.chapters.length > 0)}
            profiles={profiles ?? []}
            busy={busy}
            onCreate={(t, p) => void create(t, p)}
            onClose={() => setCreating(false)}
          />
        )}
        {addingProfile && (
          <ProfileFormDialog
            initial={emptyProfileInput()}
            editing={false}
            onClose={() => setAddingProfile(false)}
            onSave={async (input) => {
              const saved = await profilesRepo.saveProfile(input);
              setAddingProfile(false);
              setNotice({ message: `Đã lưu hồ sơ “${saved.label}”. Báo cáo mới sẽ được điền sẵn từ hồ sơ này.` });
            }}
          />
        )}
        <Snackbar
          open={notice !== null}
          autoHideDuration={10_000}
          onClose={(_, reason) => reason !== 'clickaway' && setNotice(null)}
        >
          <Alert
            severity="success"
            variant="filled"
            onClose={() => setNotice(null)}
            sx={{ maxWidth: 720 }}
            action={
              notice?.draft && (
                <Button color="inherit" size="small" onClick={() => notice.draft && open(notice.draft)}>
                  Mở bản sao
                </Button>
              )
            }
          >
            {notice?.message}
          </Alert>
        </Snackbar>
        <Snackbar
          open={deleted !== null}
          autoHideDuration={10_000}
          onClose={(_, reason) => reason !== 'clickaway' && setDeleted(null)}
          message={deleted ? `Đã xóa “${deleted.title}”` : ''}
          action={
            <Button
              color="secondary"
              size="small"
              sx={{ color: '#ffd8a8' }}
              onClick={act(async () => {
                if (deleted) await repo.restoreDraft(deleted.id);
                setDeleted(null);
              }, 'Không hoàn tác được. Bản nháp vẫn nằm trong bộ nhớ; hãy thử lại.')}
            >
              Hoàn tác
            </Button>
          }
        />
      </Box>
    </HomeDropZone>
  );
}
