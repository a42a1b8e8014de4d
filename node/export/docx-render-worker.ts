/** Worker thread of the DOCX renderer (docx-render-client.ts): report + rule-set → .docx bytes. */
import { renderDocx } from '../../core/docx/render-docx';
import type { Report } from '../../core/model/report-schema';
import type { RuleSet } from '../../core/rules/rule-set-schema';
import { serveWorkerTask, transferBytes } from '../workers/serve-worker-task';

serveWorkerTask(
  ({ report, ruleSet }: { report: Report; ruleSet: RuleSet }) => renderDocx(report, { ruleSet }),
  transferBytes,
);
