/**
 * Times shown in the UI, formatted by hand (SPEC §11: never toLocaleDateString, whose output depends on the
 * machine's locale data). Local time, because the clerk reads it against the office clock.
 */
function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** "27/11/2026 14:02" */
export function formatTimestamp(ms: number): string {
  const d = new Date(ms);
  return `${pad2(d.getDate())}/${pad2(d.getMonth() + 1)}/${d.getFullYear()} ${formatClock(ms)}`;
}

/** "14:02" */
export function formatClock(ms: number): string {
  const d = new Date(ms);
  return `${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** Today's local date as ISO "YYYY-MM-DD", the default date of a new report. */
export function localIsoDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}
