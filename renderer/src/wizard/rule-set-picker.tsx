/**
 * "Bộ quy tắc thể thức" in the general step: the built-in regimes and those of installed template packs, by
 * name. The date picks the default (rule-set-choice.ts); the clerk may choose another. A draft naming a
 * rule-set missing on this machine keeps it listed (so nothing changes silently) and says what to do.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { OutlinedSelect } from '../app/outlined-field';
import type { Report } from '../../../core/model/report-schema';
import { listRuleSets } from '../../../core/rules/rule-sets';
import { useRuleSetRegistry } from '../template-packs/template-registry';
import { defaultRuleSetId } from './rule-set-choice';
import type { UpdateReport } from './wizard-types';

const BUILT_IN_IDS = new Set(listRuleSets().map((r) => r.id));

export function RuleSetPicker({ report, update }: { report: Report; update: UpdateReport }) {
  const registry = useRuleSetRegistry();
  const current = registry.get(report.ruleSet);
  const defaultId = defaultRuleSetId(registry, report);
  const defaultName = defaultId ? registry.list().find((r) => r.id === defaultId)?.name : undefined;
  return (
    <Box data-focus="rule-set">
      <OutlinedSelect
        label="Bộ quy tắc thể thức"
        value={report.ruleSet}
        onChange={(e) => update((r) => ({ ...r, ruleSet: e.target.value }))}
        helperText={defaultName ? `Theo ngày ban hành: ${defaultName}. Có thể chọn bộ khác.` : ' '}
        sx={{ minWidth: 360 }}
        slotProps={{ htmlInput: { 'data-testid': 'rule-set-picker' } }}
      >
        {registry.list().map((r) => (
          <option key={r.id} value={r.id}>
            {BUILT_IN_IDS.has(r.id) ? r.name : `${r.name} (từ gói đề cương)`}
          </option>
        ))}
        {!current.ok && (
          <option value={report.ruleSet} disabled>
            {`${report.ruleSet} (chưa cài trên máy này)`}
          </option>
        )}
      </OutlinedSelect>
      {!current.ok && (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="rule-set-missing">
          {current.message}
        </Alert>
      )}
    </Box>
  );
}
