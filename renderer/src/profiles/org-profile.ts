/**
 * An organisation profile (hồ sơ cơ quan): the issuing body's fixed details, kept once and copied into each new
 * draft. A draft keeps its own copy: profiles are only applied to an existing draft by an explicit action that
 * first lists what will change (see `profileChanges`).
 */
// zod/mini: tree-shakable, so the renderer bundle does not carry zod's method-chaining API.
import { z } from 'zod/mini';
import { DRAFT_ID_PATTERN } from '../../../core/model/ids';
import type { IssuerDefaults } from '../../../core/model/new-report';
import type { Report, RuleSetId } from '../../../core/model/report-schema';
import type { RuleSetRegistry } from '../../../core/rules/rule-set-registry';
import { builtInRuleSetRegistry, type DocumentFamily } from '../../../core/rules/rule-sets';
import { familyTitle, ruleSetTitle } from '../../../core/rules/rule-set-titles';
import { cleanLine, cleanLines } from '../../../core/text/clean-text';
import { storedToneStyle } from './profile-tone-style';

const line = (max: number) => z.pipe(z.string().check(z.maxLength(max)), z.transform(cleanLine));
/** Printed on one or more lines, like the report fields they fill: "\n" is a hard line break. */
const lines = (max: number) => z.pipe(z.string().check(z.maxLength(max)), z.transform(cleanLines));

export const orgProfileSchema = z.object({
  id: z.string().check(z.regex(DRAFT_ID_PATTERN)),
  /** A short name for the list, e.g. "Huyện ủy Tam Đường". */
  label: line(200),
  parentOrg: lines(300),
  issuer: lines(300),
  issuerCode: line(40),
  place: line(200),
  family: z.enum(['party', 'state']),
  /** Stored names, see profile-tone-style.ts. */
  toneStyle: z.enum(['old', 'new']),
  signerAuthority: lines(200),
  signerTitle: lines(200),
  signerName: line(200),
  recipients: z.array(line(500)).check(z.maxLength(100)),
  /** Subordinate units expected to report to this office ("Nhận báo cáo"); absent in profiles made before. */
  units: z.optional(z.array(line(300)).check(z.maxLength(500))),
  isDefault: z.boolean(),
  updatedAt: z.number(),
});
export type OrgProfile = z.infer<typeof orgProfileSchema>;
export type OrgProfileInput = Omit<OrgProfile, 'id' | 'isDefault' | 'updatedAt'>;

export const FAMILY_LABELS: Record<DocumentFamily, string> = {
  party: familyTitle('party'),
  state: familyTitle('state'),
};
export function emptyProfileInput(): OrgProfileInput {
  return {
    label: '',
    parentOrg: '',
    issuer: '',
    issuerCode: '',
    place: '',
    family: 'party',
    toneStyle: storedToneStyle('first-vowel'),
    signerAuthority: '',
    signerTitle: '',
    signerName: '',
    recipients: [],
  };
}

/** A profile read from storage, or null when it is broken (it is then skipped, never crashes the list). */
export function readProfile(raw: unknown): OrgProfile | null {
  const r = orgProfileSchema.safeParse(raw);
  return r.success ? r.data : null;
}

/**
 * The rule-set for a draft of this family dated `documentDate` ('' = undated, drafting now), among the built-in
 * ones and, when the caller passes the renderer's registry, those of installed packs.
 */
export function ruleSetFor(
  family: DocumentFamily,
  documentDate: string,
  registry: RuleSetRegistry = builtInRuleSetRegistry,
): RuleSetId {
  return registry.select({ family, documentDate }).id;
}

/** What `newReportFromTemplate` takes; empty signer fields fall back to the template's wording. */
export function issuerDefaultsFromProfile(p: OrgProfile): IssuerDefaults {
  return {
    header: { parentOrg: p.parentOrg, issuer: p.issuer, issuerCode: p.issuerCode, place: p.place },
    signature: {
      ...(p.signerAuthority ? { authority: p.signerAuthority } : {}),
      ...(p.signerTitle ? { title: p.signerTitle } : {}),
      ...(p.signerName ? { name: p.signerName } : {}),
    },
    ...(p.recipients.length ? { recipients: p.recipients } : {}),
  };
}

export interface ProfileChange {
  label: string;
  from: string;
  to: string;
}

/** The report as it would be after applying the profile: only the fields a profile owns. */
export function applyProfile(
  report: Report,
  p: OrgProfile,
  registry: RuleSetRegistry = builtInRuleSetRegistry,
): Report {
  return {
    ...report,
    ruleSet: ruleSetFor(p.family, report.header.date, registry),
    header: { ...report.header, parentOrg: p.parentOrg, issuer: p.issuer, issuerCode: p.issuerCode, place: p.place },
    signature: {
      authority: p.signerAuthority || report.signature.authority,
      title: p.signerTitle || report.signature.title,
      name: p.signerName || report.signature.name,
    },
    recipients: p.recipients.length ? [...p.recipients] : report.recipients,
  };
}

/** Field-by-field differences, in Vietnamese, shown before "Áp dụng hồ sơ" touches a draft. */
export function profileChanges(
  report: Report,
  p: OrgProfile,
  registry: RuleSetRegistry = builtInRuleSetRegistry,
): ProfileChange[] {
  const next = applyProfile(report, p, registry);
  const rows: [string, string, string][] = [
    ['Cơ quan cấp trên', report.header.parentOrg, next.header.parentOrg],
    ['Cơ quan ban hành', report.header.issuer, next.header.issuer],
    ['Ký hiệu cơ quan', report.header.issuerCode, next.header.issuerCode],
    ['Địa danh', report.header.place, next.header.place],
    ['Thể thức', ruleSetTitle(report.ruleSet, registry), ruleSetTitle(next.ruleSet, registry)],
    ['Quyền hạn ký', report.signature.authority, next.signature.authority],
    ['Chức vụ người ký', report.signature.title, next.signature.title],
    ['Họ tên người ký', report.signature.name, next.signature.name],
    ['Nơi nhận', report.recipients.join('; '), next.recipients.join('; ')],
  ];
  return rows.filter(([, from, to]) => from !== to).map(([label, from, to]) => ({ label, from, to }));
}
