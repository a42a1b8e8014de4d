import { describe, expect, it } from 'vitest';
import { newReportFromTemplate } from '../../../core/model/new-report';
import { findTemplate } from '../../../core/templates/templates';
import { ruleSetTitle } from '../../../core/rules/rule-set-titles';
import {
  applyProfile,
  issuerDefaultsFromProfile,
  profileChanges,
  readProfile,
  ruleSetFor,
  type OrgProfile,
} from './org-profile';
import { TONE_LABELS, storedToneStyle, toneStyleOf } from './profile-tone-style';
import { toToneStyle } from '../../../core/text/tone-style';

const huyenUy: OrgProfile = {
  id: 'p1',
  label: 'Huyện ủy Tam Đường',
  parentOrg: 'ĐẢNG BỘ TỈNH LAI CHÂU',
  issuer: 'HUYỆN ỦY TAM ĐƯỜNG',
  issuerCode: 'HU',
  place: 'Tam Đường',
  family: 'party',
  toneStyle: 'new',
  signerAuthority: 'T/M BAN THƯỜNG VỤ',
  signerTitle: 'PHÓ BÍ THƯ',
  signerName: 'Cao Trang Trọng',
  recipients: ['Thường trực Tỉnh ủy', 'Lưu Văn phòng Huyện ủy'],
  isDefault: true,
  updatedAt: 1,
};
const ubnd: OrgProfile = {
  ...huyenUy,
  id: 'p2',
  label: 'UBND xã',
  parentOrg: 'UBND HUYỆN TAM ĐƯỜNG',
  issuer: 'ỦY BAN NHÂN DÂN XÃ BẢN GIANG',
  issuerCode: 'UBND',
  place: 'Bản Giang',
  family: 'state',
  signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
  signerTitle: 'CHỦ TỊCH',
  signerName: 'Lò Văn A',
  recipients: ['UBND huyện', 'Lưu: VT'],
};

let n = 0;
const fromProfile = (p: OrgProfile) =>
  newReportFromTemplate(findTemplate('so-ket-tong-ket')!, issuerDefaultsFromProfile(p), '2026-01-09', () => `s${++n}`);

describe('organisation profiles', () => {
  it('prefill a new report with the issuing body, signer and recipients', () => {
    const r = fromProfile(huyenUy);
    expect(r.header).toMatchObject({
      parentOrg: 'ĐẢNG BỘ TỈNH LAI CHÂU',
      issuer: 'HUYỆN ỦY TAM ĐƯỜNG',
      issuerCode: 'HU',
      place: 'Tam Đường',
    });
    expect(r.signature).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Cao Trang Trọng' });
    expect(r.recipients).toEqual(huyenUy.recipients);
  });

  it('keep the line breaks of a body printed on two lines, from storage into a new report', () => {
    const stored = readProfile({
      ...ubnd,
      issuer: 'ỦY BAN NHÂN DÂN\r\nXÃ NẬM TĂM',
      signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
      signerName: 'Lò\nVăn A',
    });
    expect(stored?.issuer).toBe('ỦY BAN NHÂN DÂN\nXÃ NẬM TĂM');
    expect(stored?.signerName).toBe('Lò Văn A');
    const r = fromProfile(stored!);
    expect(r.header.issuer).toBe('ỦY BAN NHÂN DÂN\nXÃ NẬM TĂM');
    expect(r.signature.title).toBe('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
  });

  it('map the family to the rule-set in force for the document date', () => {
    expect(ruleSetFor('party', '2026-01-09')).toBe('hd36-2018');
    expect(ruleSetFor('state', '2026-01-09')).toBe('nd30-2020');
    expect(ruleSetFor('state', '')).toBe('nd30-2020');
  });

  it('list exactly what applying another profile changes, and change only that', () => {
    const r = { ...fromProfile(huyenUy), title: 'sơ kết 5 năm' };
    expect(profileChanges(r, huyenUy)).toEqual([]);
    const changes = profileChanges(r, ubnd);
    expect(changes.map((c) => c.label)).toEqual([
      'Cơ quan cấp trên',
      'Cơ quan ban hành',
      'Ký hiệu cơ quan',
      'Địa danh',
      'Thể thức',
      'Quyền hạn ký',
      'Chức vụ người ký',
      'Họ tên người ký',
      'Nơi nhận',
    ]);
    expect(changes[1]).toEqual({
      label: 'Cơ quan ban hành',
      from: 'HUYỆN ỦY TAM ĐƯỜNG',
      to: 'ỦY BAN NHÂN DÂN XÃ BẢN GIANG',
    });
    expect(changes[4]).toEqual({ label: 'Thể thức', from: ruleSetTitle('hd36-2018'), to: ruleSetTitle('nd30-2020') });
    const applied = applyProfile(r, ubnd);
    expect(applied.ruleSet).toBe('nd30-2020');
    expect(applied.title).toBe('sơ kết 5 năm');
    expect(applied.sections).toBe(r.sections);
    expect(applied.header.date).toBe('2026-01-09');
  });

  it('read stored profiles as NFC and skip broken ones', () => {
    expect(readProfile({ ...huyenUy, issuer: 'HUYỆN ỦY'.normalize('NFD') })?.issuer).toBe('HUYỆN ỦY'.normalize('NFC'));
    expect(readProfile({ ...huyenUy, family: 'khác' })).toBeNull();
    expect(readProfile(null)).toBeNull();
  });
});

describe('the tone-mark style of a profile', () => {
  it('keeps the stored names: "old" is the mark on the second vowel, labelled kiểu mới as UniKey does', () => {
    expect(toneStyleOf('old')).toBe('second-vowel');
    expect(toneStyleOf('new')).toBe('first-vowel');
    expect(storedToneStyle('second-vowel')).toBe('old');
    expect(storedToneStyle('first-vowel')).toBe('new');
    expect(TONE_LABELS['second-vowel']).toBe('hoà, uỷ (kiểu mới)');
    expect(TONE_LABELS['first-vowel']).toBe('hòa, ủy (kiểu cũ)');
    expect(toToneStyle('Hòa Bình, Huyện ủy', toneStyleOf('old'))).toBe('Hoà Bình, Huyện uỷ');
  });
});

describe('subordinate units of a profile', () => {
  it('a profile stored before the list existed still loads, without units', () => {
    expect('units' in huyenUy).toBe(false);
    const read = readProfile(huyenUy);
    expect(read?.label).toBe('Huyện ủy Tam Đường');
    expect(read?.units).toBeUndefined();
  });

  it('keeps the units as NFC, one line each', () => {
    const decomposed = 'Đảng ủy xã Nậm Tăm'.normalize('NFD');
    const read = readProfile({ ...huyenUy, units: [decomposed, 'Đảng ủy xã Bản Bo'] });
    expect(read?.units).toEqual(['Đảng ủy xã Nậm Tăm', 'Đảng ủy xã Bản Bo']);
    expect(read?.units?.[0]).toBe('Đảng ủy xã Nậm Tăm'.normalize('NFC'));
  });
});
