/**
 * "Tổng hợp": the received reports of one outline and period compiled into a new draft of the office's own.
 * Under each section, each unit's text in turn, headed by the unit's name in bold italics (the clerk condenses
 * it by hand; that name is where each paragraph came from, and `provenance` records it per block until the
 * block is edited); tables of the same shape in the same section summed cell by cell (sum-tables.ts), with a
 * per-unit breakdown as a Phụ lục; tables of another shape left in their unit's text and reported. Footnotes
 * travel inline with their paragraphs, so the writer renumbers them in reading order. The opening lists the
 * units included and those missing; the statistics check runs on the result.
 */
import { checkStatistics } from '../check/statistics-check';
import type { Problem } from '../check/problem';
import {
  parseReport,
  REPORT_SCHEMA_VERSION,
  type Appendix,
  type Block,
  type Report,
  type Section,
} from '../model/report-schema';
import { isLaterVersion, sameReport, unitKey as unitKeyOf, type BundleIdentity } from '../submission/bundle-identity';
import { orgDisplayName } from '../text/org-name';
import { layOnto, skeletonOf, type OutlineNode } from './outline-match';
import { blockFingerprint, type BlockProvenance } from './provenance';
import { sumTables, tableSignature } from './sum-tables';
import { unitBreakdown } from './unit-breakdown';

export interface CompileSource {
  identity: BundleIdentity;
  report: Report;
}

export interface CompileOptions {
  /** The compiling office's header (issuer, số, date…); what is absent is left for the clerk. */
  header?: Partial<Report['header']>;
  /** The subordinate units expected to report (organisation profile), for the "missing" list. */
  expectedUnits?: readonly string[];
  /**
   * Units whose received report the clerk chose not to compile this time: listed as left out (not as missing,
   * their report did arrive), so the compiled report says whose figures it does not hold.
   */
  leftOut?: readonly string[];
}

export interface CompileSummary {
  /** Display names of the units compiled, in order. */
  included: string[];
  /** Expected units with no report among the sources. */
  missing: string[];
  /** Sources left out, each with its Vietnamese reason. */
  excluded: { unit: string; reason: string }[];
  sectionsMerged: number;
  tablesSummed: number;
  /** Sections and tables that could not be matched, one Vietnamese sentence each. */
  unmatched: string[];
  /** Cells left to the clerk ("…"). */
  notes: string[];
}

export type CompileResult =
  | {
      ok: true;
      templateId: string;
      report: Report;
      provenance: BlockProvenance[];
      summary: CompileSummary;
      /** The statistics check of the compiled report. */
      problems: Problem[];
    }
  | { ok: false; message: string };

/** A report of another outline is included when at least this share of its sections match. */
const MIN_MATCH_SHARE = 0.5;

const marker = (unit: string): Block => ({
  type: 'paragraph',
  content: [{ type: 'text', text: `${unit}:`, bold: true, italic: true }],
});
const note = (text: string): Block => ({ type: 'paragraph', content: [{ type: 'text', text, italic: true }] });

export function compileReports(sources: readonly CompileSource[], options: CompileOptions = {}): CompileResult {
  if (sources.length === 0)
    return { ok: false, message: 'Chưa chọn báo cáo nào để tổng hợp. Hãy chọn ít nhất một báo cáo đã nhận.' };
  const excluded: CompileSummary['excluded'] = (options.leftOut ?? []).map((name) => ({
    unit: orgDisplayName(name),
    reason: 'văn thư bỏ chọn, không đưa vào lần tổng hợp này.',
  }));
  // Units in the order of the office's list of subordinate units, then by name.
  const rank = (s: CompileSource) => {
    const i = (options.expectedUnits ?? []).findIndex((name) => unitKeyOf(name) === s.identity.unitKey);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const latest = latestVersions(sources, excluded).sort(
    (a, b) => rank(a) - rank(b) || a.identity.unit.localeCompare(b.identity.unit, 'vi'),
  );

  // The outline most units used; its first report gives the skeleton.
  const counts = new Map<string, number>();
  for (const s of latest) counts.set(s.identity.templateId, (counts.get(s.identity.templateId) ?? 0) + 1);
  const templateId = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const base = latest.find((s) => s.identity.templateId === templateId)!;
  const skeleton = skeletonOf(base.report.sections);

  const included: CompileSource[] = [];
  const unmatched: string[] = [];
  for (const source of latest) {
    const unit = orgDisplayName(source.identity.unit);
    const trial = layOnto(skeleton, source.report.sections);
    if (source.identity.templateId !== templateId && trial.matched < MIN_MATCH_SHARE * trial.total) {
      excluded.push({
        unit,
        reason: `báo cáo theo đề cương khác (“${source.identity.templateId}”), các mục không khớp với đề cương “${templateId}” nên không tổng hợp chung.`,
      });
      continue;
    }
    const laid = layOnto(skeleton, source.report.sections, included.length);
    for (const where of laid.unmatched)
      unmatched.push(
        `Mục “${where}” của ${unit} không có trong đề cương chung: đã thêm thành mục riêng ở cuối, cần xem lại.`,
      );
    included.push(source);
  }
  const units = included.map((s) => orgDisplayName(s.identity.unit));

  const notes: string[] = [];
  const provenance: BlockProvenance[] = [];
  const breakdown: Block[] = [];
  let tablesSummed = 0;
  let sectionsMerged = 0;
  const usedIds = new Set<string>();
  const build = (nodes: readonly OutlineNode[]): Section[] =>
    nodes.map((node) => {
      const id = uniqueId(usedIds, node.id);
      if (node.parts.length > 0) sectionsMerged++;
      const blocks = sectionBlocks(node, id);
      return {
        id,
        ...(node.outlineKey === undefined ? {} : { outlineKey: node.outlineKey }),
        ...(node.level === undefined ? {} : { level: node.level }),
        heading: node.heading,
        blocks,
        children: build(node.children),
      };
    });

  function sectionBlocks(node: OutlineNode, sectionId: string): Block[] {
    // Tables grouped by shape across units: the k-th table of a shape in one unit goes with the k-th of the others.
    const groups = new Map<string, { unit: number; table: Extract<Block, { type: 'table' }> }[]>();
    const keyOf = new Map<Block, string>();
    for (const part of node.parts) {
      const seen = new Map<string, number>();
      for (const block of part.blocks) {
        if (block.type !== 'table') continue;
        const signature = tableSignature(block);
        const k = seen.get(signature) ?? 0;
        seen.set(signature, k + 1);
        const key = `${signature}#${k}`;
        keyOf.set(block, key);
        groups.set(key, [...(groups.get(key) ?? []), { unit: part.unit, table: block }]);
      }
    }
    const summable = new Set([...groups].filter(([, g]) => g.length >= 2 || included.length === 1).map(([k]) => k));
    const out: Block[] = [];
    const leftOut = new Map<string, string[]>();
    for (const part of node.parts) {
      const own = part.blocks.filter((b) => !summable.has(keyOf.get(b) ?? ''));
      if (own.length === 0) continue;
      out.push(marker(units[part.unit]!));
      for (const block of own) {
        provenance.push({
          sectionId,
          blockIndex: out.length,
          unit: units[part.unit]!,
          fingerprint: blockFingerprint(block),
        });
        out.push(block);
        if (block.type === 'table') {
          const name = block.caption?.trim() || `bảng trong mục “${node.heading.slice(0, 80)}”`;
          unmatched.push(
            `${name} của ${units[part.unit]!} khác mẫu với bảng của các đơn vị khác nên không cộng vào bảng tổng hợp; hãy xem và cộng tay.`,
          );
          const names = leftOut.get(name) ?? [];
          leftOut.set(name, [...names, units[part.unit]!]);
        }
      }
    }
    for (const key of summable) {
      const group = groups.get(key)!;
      const first = group[0]!.table;
      const name = first.caption?.trim()
        ? `Bảng “${first.caption.trim()}”`
        : `Bảng trong mục “${node.heading.slice(0, 80)}”`;
      const summed = sumTables(
        group.map((g) => g.table),
        name,
      );
      tablesSummed++;
      notes.push(...summed.notes);
      out.push(summed.table);
      const contributors = group.map((g) => units[g.unit]!);
      const absent = units.filter((u) => !contributors.includes(u));
      out.push(
        note(
          `(Số liệu cộng từ ${contributors.length} đơn vị${absent.length > 0 ? `; chưa gồm: ${absent.join(', ')}` : ''}.)`,
        ),
      );
      if (group.length >= 2)
        breakdown.push(
          ...unitBreakdown(
            group.map((g) => g.table),
            contributors,
            summed.table,
            first.caption?.trim() || node.heading.slice(0, 80),
          ),
        );
    }
    return out;
  }

  const sections = build(skeleton);
  const leftOutKeys = new Set((options.leftOut ?? []).map(unitKeyOf));
  const missing = missingUnits(
    (options.expectedUnits ?? []).filter((name) => !leftOutKeys.has(unitKeyOf(name))),
    included,
  );
  const leftOut = (options.leftOut ?? []).map(orgDisplayName);
  const opening: Block[] = [
    note(
      `Tổng hợp từ báo cáo của ${units.length} đơn vị: ${units.join(', ')}.${missing.length > 0 ? ` Chưa có báo cáo của ${missing.length} đơn vị: ${missing.join(', ')}.` : ''}${leftOut.length > 0 ? ` Không đưa vào tổng hợp báo cáo của ${leftOut.length} đơn vị: ${leftOut.join(', ')}.` : ''}`,
    ),
  ];
  const appendices: Appendix[] =
    breakdown.length === 0
      ? []
      : [
          {
            id: 'chi-tiet-theo-don-vi',
            title: 'SỐ LIỆU CHI TIẾT THEO ĐƠN VỊ',
            orientation: 'landscape',
            blocks: breakdown,
          },
        ];

  const first = base.report;
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    ruleSet: first.ruleSet,
    header: {
      parentOrg: '',
      issuer: first.header.parentOrg,
      number: '',
      docTypeCode: first.header.docTypeCode,
      issuerCode: '',
      place: '',
      date: '',
      ...options.header,
    },
    docType: first.docType,
    title: first.title,
    opening,
    sections,
    closing: [],
    recipients: [],
    signature: { authority: '', title: '', name: '' },
    ...(appendices.length > 0 ? { appendices } : {}),
  };
  const parsed = parseReport(report);
  if (!parsed.ok)
    return {
      ok: false,
      message: `Báo cáo tổng hợp vượt giới hạn của một bản nháp (${parsed.issues[0]?.path.join('.') ?? 'gốc'}). Hãy tổng hợp ít đơn vị hơn mỗi lần.`,
    };
  return {
    ok: true,
    templateId,
    report: parsed.value,
    provenance,
    summary: { included: units, missing, excluded, sectionsMerged, tablesSummed, unmatched, notes },
    problems: checkStatistics(parsed.value),
  };
}

/** One report per unit, outline and period: the latest version; earlier ones are reported as left out. */
function latestVersions(sources: readonly CompileSource[], excluded: CompileSummary['excluded']): CompileSource[] {
  const out: CompileSource[] = [];
  for (const source of sources) {
    const i = out.findIndex((s) => sameReport(s.identity, source.identity));
    if (i < 0) {
      out.push(source);
      continue;
    }
    const held = out[i]!;
    if (held.identity.checksum === source.identity.checksum) continue;
    const [newer, older] = isLaterVersion(source.identity, held.identity) ? [source, held] : [held, source];
    out[i] = newer;
    excluded.push({
      unit: orgDisplayName(older.identity.unit),
      reason: 'có bản nộp lại mới hơn; đã dùng bản mới nhất.',
    });
  }
  return out;
}

function missingUnits(expected: readonly string[], included: readonly CompileSource[]): string[] {
  const have = new Set(included.map((s) => s.identity.unitKey));
  return expected.filter((name) => !have.has(unitKeyOf(name))).map(orgDisplayName);
}

function uniqueId(used: Set<string>, wanted: string): string {
  let id = wanted;
  for (let n = 2; used.has(id); n++) id = `${wanted.slice(0, 58)}-${n}`;
  used.add(id);
  return id;
}
