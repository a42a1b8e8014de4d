/**
 * "Nhận báo cáo": the higher office reads the submission bundles its subordinate units brought on a USB stick
 * (or in a folder), sees which are new, already received, a newer or older version, or damaged, and stores the
 * good ones; below, what it has received by outline and period, who has not submitted, and "Tổng hợp".
 * Reading a stick needs the desktop app: main verifies every bundle (node/inbox) before the page sees it.
 */
import { useCallback, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, AppBar, Box, Button, CircularProgress, Paper, Stack, Toolbar, Typography } from '@mui/material';
import ArrowBack from '@mui/icons-material/ArrowBack';
import MoveToInbox from '@mui/icons-material/MoveToInbox';
import { compileReports, type CompileResult } from '../../../core/compile/compile-reports';
import { classifyIncoming } from '../../../core/submission/bundle-identity';
import { useProfiles } from '../app/profiles-context';
import { issuerDefaultsFromProfile } from '../profiles/org-profile';
import { useDurability } from '../journal/durability-context';
import type { Route } from '../routing/hash-route';
import { UsbTargetChoice } from '../submit/usb-target-choice';
import { useUsbTargets } from '../submit/use-usb-targets';
import { useTemplateRegistry } from '../template-packs/template-registry';
import { CompileDialog } from './compile-dialog';
import { IncomingBundles, type IncomingRow } from './incoming-bundles';
import { ReceivedGroupCard } from './received-groups';
import { identityOf, type ReceivedReport } from './received-report';
import { ReceivedReportView } from './received-report-view';
import { receivedGroups, receiveReports, type ReceivedGroup } from './received-store';

type Stage = { kind: 'choose' } | { kind: 'reading' } | { kind: 'read'; rows: IncomingRow[] };

export function InboxScreen({ navigate }: { navigate: (route: Route) => void }) {
  const api = window.soanBaoCao;
  const { db } = useDurability();
  const profiles = useProfiles();
  const registry = useTemplateRegistry();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [viewing, setViewing] = useState<ReceivedReport | null>(null);
  const [compiling, setCompiling] = useState<{ result: CompileResult; periodLabel: string } | null>(null);
  const onError = useCallback((message: string | null) => setError(message), []);
  const choice = useUsbTargets(api, true, onError);
  const groups = useLiveQuery(() => receivedGroups(db), [db]);
  // The default profile is this office: its list of units and the header the compiled report is issued under.
  const office = useLiveQuery(async () => (await profiles.listProfiles())[0] ?? null, [profiles]);
  const expectedUnits = office?.units ?? [];
  const outlineTitle = useMemo(() => {
    const names = new Map([...registry.templates, ...registry.retired].map((t) => [t.id, t.name]));
    return (id: string) => names.get(id) ?? `Đề cương “${id}”`;
  }, [registry]);

  const read = async (targetId: string) => {
    if (!api) return;
    setError(null);
    setNotice(null);
    setStage({ kind: 'reading' });
    const answer = await api.inboxRead({ targetId });
    if (answer.status === 'error') {
      setError(answer.message);
      setStage({ kind: 'choose' });
      return;
    }
    const held = (await db.received.toArray()).map(identityOf);
    const verified = answer.entries.flatMap((e) => (e.status === 'verified' ? [e] : []));
    const statuses = classifyIncoming(
      verified.map((e) => e.identity),
      held,
    );
    const rows: IncomingRow[] = answer.entries.map((entry) =>
      entry.status === 'damaged'
        ? { kind: 'damaged', entry }
        : { kind: 'verified', entry, status: statuses[verified.indexOf(entry)] ?? 'new' },
    );
    setStage({ kind: 'read', rows });
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
      setNotice(`Đã nhận ${toReceive.length} báo cáo.`);
      setStage({ kind: 'choose' });
    } catch (e) {
      setError(
        `Không lưu được các báo cáo vừa nhận (${e instanceof Error ? e.message : String(e)}). Chưa báo cáo nào được lưu; hãy thử lại.`,
      );
    }
  };

  const compile = (group: ReceivedGroup) =>
    setCompiling({
      periodLabel: group.periodLabel,
      result: compileReports(
        group.all.map((r) => ({ identity: identityOf(r), report: r.report })),
        { expectedUnits, ...(office ? { header: issuerDefaultsFromProfile(office).header } : {}) },
      ),
    });

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
          {!api ? (
            <Alert severity="info">
              Nhận báo cáo từ USB cần ứng dụng Soạn Báo Cáo trên máy tính: trình duyệt không được đọc thư mục trên USB.
              Hãy mở ứng dụng trên máy tính để nhận; các báo cáo đã nhận vẫn xem được bên dưới.
            </Alert>
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
              <UsbTargetChoice {...choice} prompt="Chọn USB hoặc thư mục chứa báo cáo cấp dưới nộp:" />
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
                outlineTitle={outlineTitle(g.templateId)}
                onCompile={compile}
                onView={setViewing}
              />
            ))}
          </Stack>
        )}
      </Box>
      <ReceivedReportView report={viewing} onClose={() => setViewing(null)} />
      <CompileDialog
        result={compiling?.result ?? null}
        periodLabel={compiling?.periodLabel ?? ''}
        onClose={() => setCompiling(null)}
        navigate={navigate}
      />
    </Box>
  );
}
