import { describe, expect, it } from 'vitest';
import { builtInTemplates, findTemplate } from '../templates/templates';
import { newReportFromTemplate, findOutlineNode } from './new-report';
import { parseReport, type Report } from './report-schema';
import { isStepComplete, reportProgress, wizardSteps } from './wizard-steps';
import { parseDraftFile, serializeDraftFile } from '../draft-file/draft-file-format';

function sequentialIds() {
  let n = 0;
  return () => `s${++n}`;
}

function tamDuongReport(): Report {
  return newReportFromTemplate(
    findTemplate('so-ket-tong-ket')!,
    {
      header: {
        parentOrg: 'ĐẢNG BỘ TỈNH LAI CHÂU',
        issuer: 'HUYỆN ỦY TAM ĐƯỜNG',
        issuerCode: 'HU',
        place: 'Tam Đường',
      },
      signature: { name: 'Cao Trang Trọng', title: 'PHÓ BÍ THƯ' },
    },
    '2023-06-15',
    sequentialIds(),
  );
}

describe('templates as data', () => {
  it('ships the sơ kết/tổng kết and the periodic report outlines, valid against the schema', () => {
    const names = builtInTemplates().map((t) => t.name);
    expect(names).toContain('Báo cáo sơ kết / tổng kết thực hiện văn bản của cấp trên');
    expect(names).toContain('Báo cáo định kỳ (tháng, quý, 6 tháng, năm)');
  });
  it('gives guidance for every outline node', () => {
    const t = findTemplate('so-ket-tong-ket')!;
    expect(findOutlineNode(t.chapters, 'han-che')?.heading).toBe('Tồn tại, hạn chế');
  });
});

describe('a new report from a template', () => {
  it('has the outline chapters, the default opening and the issuer defaults, and passes the schema', () => {
    const r = tamDuongReport();
    expect(r.sections.map((s) => s.heading)).toEqual([
      'ĐẶC ĐIỂM TÌNH HÌNH',
      'KẾT QUẢ TRIỂN KHAI',
      'NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI',
      'ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    expect(r.opening[0]).toMatchObject({ type: 'paragraph' });
    expect(r.header).toMatchObject({ issuer: 'HUYỆN ỦY TAM ĐƯỜNG', number: '', docTypeCode: 'BC', date: '2023-06-15' });
    expect(r.signature).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Cao Trang Trọng' });
    expect(parseReport(r).ok).toBe(true);
  });
  it('is not complete until the clerk replaces the placeholders', () => {
    const r = tamDuongReport();
    const steps = wizardSteps(r);
    expect(steps.map((s) => s.label)).toEqual([
      'Thông tin chung',
      'I. ĐẶC ĐIỂM TÌNH HÌNH',
      'II. KẾT QUẢ TRIỂN KHAI',
      'III. NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
      'Nơi nhận và ký',
      'Phụ lục',
      'Xem lại và xuất',
    ]);
    expect(isStepComplete(r, steps[0]!)).toBe(false);
    expect(isStepComplete(r, steps[5]!)).toBe(true);
    const written: Report = {
      ...r,
      title: 'sơ kết 5 năm',
      opening: [{ type: 'paragraph', content: [{ type: 'text', text: 'Thực hiện Kế hoạch số 172-KH/TU' }] }],
    };
    expect(isStepComplete(written, steps[0]!)).toBe(true);
    // Thông tin chung and Nơi nhận và ký of six: Phụ lục counts only once there is one.
    expect(reportProgress(written)).toBeCloseTo(2 / 6);
  });
});

describe('the schema as a gate', () => {
  it('normalises text to NFC and strips XML-invalid characters on parse', () => {
    const r = tamDuongReport();
    const parsed = parseReport({ ...r, title: 'sơ kết\u0007 năm'.normalize('NFD') });
    expect(parsed.ok && parsed.value.title).toBe('sơ kết năm');
  });
  it('rejects unknown keys, prototype tricks and over-deep nesting', () => {
    const r = tamDuongReport();
    expect(parseReport({ ...r, extra: 1 }).ok).toBe(false);
    expect(parseReport(JSON.parse(`{"__proto__":{"polluted":1}}`)).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const leaf = (d: number): Report['sections'][number] => ({
      id: `d${d}`,
      heading: 'x',
      blocks: [],
      children: d > 0 ? [leaf(d - 1)] : [],
    });
    expect(parseReport({ ...r, sections: [leaf(3)] }).ok).toBe(true);
    expect(parseReport({ ...r, sections: [leaf(4)] }).ok).toBe(false);
  });
  it('round-trips through the draft file format and explains bad files in Vietnamese', () => {
    const r = tamDuongReport();
    const parsed = parseDraftFile(serializeDraftFile('so-ket-tong-ket', r));
    expect(parsed.ok && parsed.draft.report).toEqual(r);
    const broken = parseDraftFile('{"format":');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.message).toMatch(/JSON hỏng/);
    const foreign = parseDraftFile('{"hello":1}');
    expect(!foreign.ok && foreign.message).toMatch(/không phải bản nháp/);
  });
  it('lets a heading skip a level but never climb above its parent or past level 4', () => {
    const r = tamDuongReport();
    const leaf = (
      id: string,
      level?: 1 | 2 | 3 | 4,
      children: Report['sections'] = [],
    ): Report['sections'][number] => ({
      id,
      heading: id,
      ...(level ? { level } : {}),
      blocks: [],
      children,
    });
    // "a)" directly under "1." under "I.": depth 3 printed at level 4.
    expect(parseReport({ ...r, sections: [leaf('I', undefined, [leaf('one', undefined, [leaf('a', 4)])])] }).ok).toBe(
      true,
    );
    const upward = parseReport({ ...r, sections: [leaf('I', undefined, [leaf('one', 3, [leaf('x', 3)])])] });
    expect(upward.ok).toBe(false);
    expect(!upward.ok && upward.issues[0]!.path).toEqual(['sections', 0, 'children', 0, 'children', 0, 'level']);
    // Nothing can sit under a section already printed at level 4.
    expect(parseReport({ ...r, sections: [leaf('I', undefined, [leaf('a', 4, [leaf('x')])])] }).ok).toBe(false);
    expect(parseReport({ ...r, sections: [leaf('I', 2)] }).ok).toBe(true);
  });

  it('keeps hard line breaks in the fields printed on several lines, and only there', () => {
    const r = tamDuongReport();
    const parsed = parseReport({
      ...r,
      header: { ...r.header, issuer: 'ỦY BAN NHÂN DÂN\r\nXÃ NẬM TĂM', place: 'Nậm\nTăm' },
      title: 'tình hình\nkinh tế',
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.header.issuer).toBe('ỦY BAN NHÂN DÂN\nXÃ NẬM TĂM');
    expect(parsed.value.header.place).toBe('Nậm Tăm');
    expect(parsed.value.title).toBe('tình hình\nkinh tế');
  });
});
