/**
 * The report as it is on screen, for the few parts of the wizard's app bar that follow the text (the word
 * count, the history's comparison). The app bar itself is kept between keystrokes (wizard-workspace.tsx): re-rendering
 * its MUI buttons and menus on every report update cost milliseconds of each keystroke in a long report, so
 * only what reads this context renders again.
 */
import { createContext, useContext } from 'react';
import type { Report } from '../../../core/model/report-schema';

export const ReportOnScreen = createContext<Report | null>(null);

export function useReportOnScreen(): Report {
  const report = useContext(ReportOnScreen);
  if (!report) throw new Error('useReportOnScreen outside the wizard');
  return report;
}
