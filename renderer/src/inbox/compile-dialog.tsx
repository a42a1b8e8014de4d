/**
 * "Tổng hợp": what compiling one outline and period gave (units included and missing, sections merged, tables
 * summed, cells left for the clerk), then "Tạo bản nháp tổng hợp" makes it a new draft of this office, opened
 * in the wizard. Nothing is stored before the clerk asks for it.
 */
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { CompileResult } from '../../../core/compile/compile-reports';
import { wizardSteps } from '../../../core/model/wizard-steps';
import { useRepository } from '../app/repository-context';
import { storeProvenance } from '../db/draft-provenance';
import { useDurability } from '../journal/durability-context';
import type { Route } from '../routing/hash-route';

const listed = (names: readonly string[]) => (names.length === 0 ? 'không có' : names.join(', '));

export function CompileDialog({
  result,
  periodLabel,
  onClose,
  navigate,
}: {
  result: CompileResult | null;
  periodLabel: string;
  onClose: () => void;
  navigate: (route: Route) => void;
}) {
  const repo = useRepository();
  const { db } = useDurability();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async () => {
    if (!result?.ok) return;
    setBusy(true);
    setError(null);
    try {
      const first = wizardSteps(result.report)[0]!.key;
      const draft = await repo.createDraft(result.templateId, result.report, first);
      // Which unit each paragraph came from, shown in the editor until the clerk edits that paragraph.
      await storeProvenance(db, draft.id, result.provenance).catch((e: unknown) =>
        console.warn('[provenance] not stored; the draft is complete without it', e),
      );
      navigate({ name: 'draft', draftId: draft.id, stepKey: first });
    } catch (e) {
      setError(
        `Không tạo được bản nháp tổng hợp (${e instanceof Error ? e.message : String(e)}). Các báo cáo đã nhận vẫn còn nguyên; hãy thử lại.`,
      );
      setBusy(false);
    }
  };

  return (
    <Dialog open={result !== null} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="compile-title">
      <DialogTitle id="compile-title">Tổng hợp báo cáo {periodLabel}</DialogTitle>
      <DialogContent>
        {result && !result.ok && <Alert severity="error">{result.message}</Alert>}
        {result?.ok && (
          <List dense aria-label="Kết quả tổng hợp">
            <ListItem>
              <ListItemText
                primary={`Đã tổng hợp ${result.summary.included.length} đơn vị`}
                secondary={listed(result.summary.included)}
              />
            </ListItem>
            <ListItem>
              <ListItemText
                primary={`Chưa có báo cáo: ${result.summary.missing.length} đơn vị`}
                secondary={listed(result.summary.missing)}
              />
            </ListItem>
            {result.summary.excluded.map((x) => (
              <ListItem key={x.unit}>
                <ListItemText primary={`Không tổng hợp ${x.unit}`} secondary={x.reason} />
              </ListItem>
            ))}
            <ListItem>
              <ListItemText
                primary={`Đã gộp ${result.summary.sectionsMerged} mục, cộng ${result.summary.tablesSummed} bảng số liệu`}
              />
            </ListItem>
            {[...result.summary.unmatched, ...result.summary.notes].map((text) => (
              <ListItem key={text}>
                <ListItemText secondary={text} />
              </ListItem>
            ))}
          </List>
        )}
        {result?.ok && result.summary.notes.length > 0 && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            Các ô ghi “…” cần văn thư tự điền sau khi mở bản nháp.
          </Typography>
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Đóng</Button>
        {result?.ok && (
          <Button variant="contained" disabled={busy} onClick={() => void create()}>
            Tạo bản nháp tổng hợp
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
