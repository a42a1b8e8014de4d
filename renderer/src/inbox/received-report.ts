/**
 * A report received from a subordinate unit, as IndexedDB keeps it: the verified draft (never edited: the
 * office compiles from it or opens a copy) with the identity the inbox decided from it. Every version a unit
 * sends is kept; the latest one of a unit, outline and period is the one compiled.
 */
import type { Report } from '../../../core/model/report-schema';
import type { BundleIdentity } from '../../../core/submission/bundle-identity';

export interface ReceivedReport {
  /** The report's checksum: receiving the same report twice stores it once. */
  id: string;
  unit: string;
  unitKey: string;
  templateId: string;
  periodKey: string;
  periodLabel: string;
  symbol: string;
  date: string;
  savedAt: string;
  checksum: string;
  title: string;
  /** When this office received it (ms). */
  receivedAt: number;
  report: Report;
}

export function toReceived(identity: BundleIdentity, report: Report, receivedAt: number): ReceivedReport {
  return {
    id: identity.checksum,
    unit: identity.unit,
    unitKey: identity.unitKey,
    templateId: identity.templateId,
    periodKey: identity.period.key,
    periodLabel: identity.period.label,
    symbol: identity.symbol,
    date: identity.date,
    savedAt: identity.savedAt,
    checksum: identity.checksum,
    title: identity.title,
    receivedAt,
    report,
  };
}

export function identityOf(r: ReceivedReport): BundleIdentity {
  return {
    unit: r.unit,
    unitKey: r.unitKey,
    templateId: r.templateId,
    period: { key: r.periodKey, label: r.periodLabel },
    symbol: r.symbol,
    date: r.date,
    savedAt: r.savedAt,
    checksum: r.checksum,
    title: r.title,
  };
}
