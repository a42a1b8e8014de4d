/**
 * "Nhận báo cáo": the higher office reads the submission bundles its subordinate units brought on a USB stick
 * (or in a folder), sees which are new, already received, a newer or older version, or damaged, and stores the
 * good ones; below, what it has received by outline and period, who has not submitted, and "Tổng hợp".
 * On the desktop, main verifies every bundle (node/inbox) before the page sees it; the browser build verifies
 * the files of a picked folder in the page with the same checks and limits (verify-picked-files.ts).
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import ArrowBack from '@mui/icons-material/ArrowBack';
import MoveToInbox from '@mui/icons-material/MoveToInbox';
import type { CompileResult } from '../../../core/compile/compile-reports';
import { classifyIncoming } from '../../../core/submission/bundle-identity';
import type { InboxListEntry, InboxProgress } from '../../../electron/ipc/channels';
import { useProfiles } from '../app/profiles-context';
import { issuerDefaultsFromProfile } from '../profiles/org-profile';
import { useDurability } from '../journal/durability-context';
import type { Route } from '../routing/hash-route';
import type { verifyPickedFiles as VerifyPickedFiles } from './verify-picked-files';
import { UsbTargetChoice } from '../submit/usb-target-choice';
import { useUsbTargets } from '../submit/use-usb-targets';
import { useTemplateRegistry } from '../template-packs/template-registry';
import { CompileDialog } from './compile-dialog';
import { compileOffThread } from './compile-off-thread';
import { CompileProgress } from './compile-progress';
import { IncomingBundles, type IncomingRow } from './incoming-bundles';
import { InboxReadProgress } from './inbox-read-progress';
import { ReceivedGroupCard } from './received-groups';
import { identityOf, type ReceivedReport } from './received-report';
import { ReceivedReportView } from './received-report-view';
import { deleteReceivedReport, journalReceived } from './received-journal';
import { receivedGroups, receiveReports, type ReceivedGroup } from './received-store';
import { useReceivedJournalSync } from './use-received-journal-sync';

type Stage = { kind: 'choose' } | { kind: 'reading' } | { kind: 'read'; rows: IncomingRow[] };

/**
 * The browser build verifies a picked folder in the page; the desktop app reads sticks through main, so the checks
 * (with the full zod manifest schema) stay out of its bundle. The test is written here, not imported: rolldown only
 * drops the import when it sees the constant in the importing module (build-target.d.ts).
 */
async function pickedFilesVerifier(): Promise<typeof VerifyPickedFiles> {
  if (typeof __BROWSER_BUILD__ !== 'undefined' && !__BROWSER_BUILD__)
    throw new Error('The desktop renderer reads sticks through main.');
  return (await import('./verify-picked-files')).verifyPickedFiles;
}

export function InboxScreen({ navigate }: { navigate: (route: Route) => void }) {
  const api = window.soanBaoCao;
  const { db } = useDurability();
  const profiles = useProfiles();
  const registry = useTemplateRegistry();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [progress, setProgress] = useState<InboxProgress | null>(null);
  const folderInput = useRef<HTMLInputElement | null>(null);
  const [viewing, setViewing] = useState<ReceivedReport | null>(null);
  const [compiling, setCompiling] = useState<{ result: CompileResult; periodLabel: string } | null>(null);
  const [compilingCount, setCompilingCount] = useState<number | null>(null);
  const onError = useCallback((message: string | null) => setError(message), []);
  const choice = useUsbTargets(api, true, onError);
  const onSynced = useCallback((synced: string | null, failed: string | null) => {
    if (synced) setNotice(synced);
    if (failed) setError(failed);
  }, []);
  useReceivedJournalSync(db, api, onSynced);
  const groups = useLiveQuery(() => receivedGroups(db), [db]);
  // The default profile is this office: its list of units and the header the compiled report is issued under.
  const office = useLiveQuery(async () => (await profiles.listProfiles())[0] ?? null, [profiles]);
  const expectedUnits = office?.units ?? [];
  const outlineTitle = useMemo(() => {
    const names = new Map([...registry.templates, ...registry.retired].map((t) => [t.id, t.name]));
    return (id: string) => names.get(id) ?? `Đề cương “${id}”`;
  }, [registry]);

  const show = async (entries: InboxListEntry[]) => {
    const held = (await db.received.toArray()).map(identityOf);
    const verified = entries.flatMap((e) => (e.status === 'verified' ? [e] : []));
    const statuses = classifyIncoming(
      verified.map((e) => e.identity),
      held,
    );
    const rows: IncomingRow[] = entries.map((entry) =>
      entry.status === 'damaged'
        ? { kind: 'damaged', entry }
        : { kind: 'verified', entry, status: statuses[verified.indexOf(entry)] ?? 'new' },
    );
    setStage({ kind: 'read', rows });
  };
  const start = () => {
    setError(null);
    setNotice(null);
    setStage({ kind: 'reading' });
  };
  const read = async (targetId: string) => {
    if (!api) return;
    start();
    // Main verifies off its thread and says how far it has got (absent in older preloads: no progress shown).
    const stop = api.onInboxProgress?.(setProgress);
    const answer = await api.inboxRead({ targetId }).finally(() => {
      stop?.();
      setProgress(null);
    });
    if (answer.status === 'error') {
      setError(answer.message);
      setStage({ kind: 'choose' });
      return;
    }
    await show(answer.entries);
  };
  // The browser build: the picked folder's files are verified in the page (verify-picked-files.ts).
  const readPicked = async (list: FileList | null) => {
    const files = [...(list ?? [])].map((f) => ({ path: f.webkitRelativePath || f.name, blob: f }));
    if (files.length === 0) return;
    start();
    try {
      const answer = await (await pickedFilesVerifier())(files);
      if (!answer.ok) {
        setError(answer.message);
        setStage({ kind: 'choose' });
        return;
      }
      await show(answer.entries);
    } catch {
      setError('Không đọc được các tệp trong thư mục đã chọn. Hãy chép thư mục vào máy rồi chọn lại.');
      setStage({ kind: 'choose' });
    }
  };

  const toReceive =
    stage.kind === 'read'
      ? stage.rows.flatMap((r) => (r.kind === 'verified' && r.status !== 'already-received' ? [r.entry] : []))
      : [];
  const receive = async () => {
    setError(null);
    try {
      await receiveReports(
        db,
        toReceive.map((e) => ({ identity: e.identity, report: e.report })),
        Date.now(),
      );
      // Main keeps each accepted version on disk too, read-only, so they survive the loss of IndexedDB.
      const unsaved = api
        ? await journalReceived(
            api,
            toReceive.map((e) => ({ id: e.identity.checksum })),
            db,
          )
        : null;
      setNotice(`Đã nhận ${toReceive.length} báo cáo.`);
      if (unsaved) setError(unsaved);
      setStage({ kind: 'choose' });
    } catch (e) {
      setError(
        `Không lưu được các báo cáo vừa nhận (${e instanceof Error ? e.message : String(e)}). Chưa báo cáo nào được lưu; hãy thử lại.`,
      );
    }
  };

  // Every version of the ticked units (compile keeps each one's latest and says so); the others are left out.
  // In a worker (compile-off-thread.ts): 200 reports take seconds, and the window stays responsive meanwhile.
  const compile = async (group: ReceivedGroup, unitKeys: ReadonlySet<string>) => {
    setError(null);
    const chosen = group.all.filter((r) => unitKeys.has(r.unitKey));
    setCompilingCount(chosen.length);
    try {
      const result = await compileOffThread({
        sources: chosen.map((r) => ({ identity: identityOf(r), report: r.report })),
        options: {
          expectedUnits,
          leftOut: group.latest.filter((r) => !unitKeys.has(r.unitKey)).map((r) => r.unit),
          ...(office ? { header: issuerDefaultsFromProfile(office).header } : {}),
        },
      });
      setCompiling({ periodLabel: group.periodLabel, result });
    } catch {
      setError('Không tổng hợp được các báo cáo đã nhận. Hãy thử lại; nếu vẫn lỗi, hãy khởi động lại ứng dụng.');
    } finally {
      setCompilingCount(null);
    }
  };

  return (
    <Box sx={{ minHeight: '100%', bgcolor: 'background.default' }}>
      <AppBar position="static">
        <Toolbar sx={{ gap: 1.5 }}>
          <Button color="inherit" startIcon={<ArrowBack />} onClick={() => navigate({ name: 'home' })}>
            Về danh sách
          </Button>
          <MoveToInbox />
          <Typography variant="h6" component="div" sx={{ flexGrow: 1 }}>
            Nhận báo cáo
          </Typography>
        </Toolbar>
      </AppBar>
      <Box className="page-container" component="main">
        <Typography variant="h5" component="h1" sx={{ my: 2 }}>
          Nhận báo cáo của đơn vị cấp dưới
        </Typography>
        <Paper variant="outlined" sx={{ p: 2, mb: 3 }} component="section" aria-label="Đọc USB">
          {!api && stage.kind !== 'read' ? (
            <Stack spacing={2}>
              <Typography>
                Chọn thư mục chứa báo cáo cấp dưới nộp (ví dụ thư mục gốc của USB). Các tệp chỉ được đọc và kiểm tra
                trên máy này, không gửi đi đâu.
              </Typography>
              <input
                ref={(el) => {
                  folderInput.current = el;
                  // Not a React prop: set on the element, it makes the picker choose a folder.
                  if (el) el.webkitdirectory = true;
                }}
                type="file"
                multiple
                hidden
                aria-label="Thư mục báo cáo"
                onChange={(e) => {
                  void readPicked(e.target.files);
                  e.target.value = '';
                }}
              />
              <Box>
                <Button
                  variant="contained"
                  disabled={stage.kind === 'reading'}
                  startIcon={stage.kind === 'reading' ? <CircularProgress size={16} /> : undefined}
                  onClick={() => folderInput.current?.click()}
                >
                  {stage.kind === 'reading' ? 'Đang đọc và kiểm tra…' : 'Chọn thư mục…'}
                </Button>
              </Box>
            </Stack>
          ) : stage.kind === 'read' ? (
            <Stack spacing={2}>
              <IncomingBundles rows={stage.rows} />
              <Stack direction="row" spacing={1}>
                <Button variant="contained" disabled={toReceive.length === 0} onClick={() => void receive()}>
                  Nhận {toReceive.length} báo cáo
                </Button>
                <Button onClick={() => setStage({ kind: 'choose' })}>Chọn nơi khác</Button>
              </Stack>
            </Stack>
          ) : (
            <Stack spacing={2}>
              <UsbTargetChoice
                {...choice}
                prompt="Chọn USB hoặc thư mục chứa báo cáo cấp dưới nộp:"
                listLabel="Nơi nhận báo cáo"
              />
              <Box>
                <Button
                  variant="contained"
                  disabled={!choice.selected || stage.kind === 'reading'}
                  startIcon={stage.kind === 'reading' ? <CircularProgress size={16} /> : undefined}
                  onClick={() => {
                    if (choice.selected) void read(choice.selected);
                  }}
                >
                  {stage.kind === 'reading' ? 'Đang đọc và kiểm tra…' : 'Đọc báo cáo'}
                </Button>
              </Box>
              {stage.kind === 'reading' && <InboxReadProgress progress={progress} />}
            </Stack>
          )}
          {error && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {error}
            </Alert>
          )}
          {notice && (
            <Alert severity="success" sx={{ mt: 2 }}>
              {notice}
            </Alert>
          )}
        </Paper>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          Báo cáo đã nhận
        </Typography>
        {groups === undefined ? null : groups.length === 0 ? (
          <Typography color="text.secondary">Chưa nhận báo cáo nào.</Typography>
        ) : (
          <Stack spacing={2}>
            {groups.map((g) => (
              <ReceivedGroupCard
                key={`${g.templateId}:${g.periodKey}`}
                group={g}
                expectedUnits={expectedUnits}
                office={office ?? null}
                outlineTitle={outlineTitle(g.templateId)}
                onCompile={(g, unitKeys) => void compile(g, unitKeys)}
                onView={setViewing}
              />
            ))}
          </Stack>
        )}
      </Box>
      <ReceivedReportView
        report={viewing}
        onClose={() => setViewing(null)}
        onDelete={async (r) => {
          const refusal = await deleteReceivedReport(db, api ?? null, r);
          if (!refusal) setNotice(`Đã xóa báo cáo của ${r.unit}.`);
          return refusal;
        }}
      />
      <CompileProgress reports={compilingCount} />
      <CompileDialog
        result={compiling?.result ?? null}
        periodLabel={compiling?.periodLabel ?? ''}
        onClose={() => setCompiling(null)}
        navigate={navigate}
      />
    </Box>
  );
}
