import { describe, expect, it } from 'vitest';
import { cleanPastedHtml, cleanPastedText } from './paste-cleanup';

describe('paste cleanup', () => {
  it('normalises NFD to NFC', () => {
    expect(cleanPastedText('Đảng bộ'.normalize('NFD'))).toBe('Đảng bộ'.normalize('NFC'));
    expect(cleanPastedHtml('<p>Huyện ủy</p>'.normalize('NFD'))).toBe('<p>Huyện ủy</p>'.normalize('NFC'));
  });

  it('removes Word conditional comments, <o:p> filler and images but keeps text and emphasis', () => {
    const word =
      '<p class=MsoNormal><b>Kết quả</b><!--[if gte mso 9]><xml>junk</xml><![endif]--><o:p></o:p> đạt <img src="file:///C:/x.png"><i>100%</i></p>';
    expect(cleanPastedHtml(word)).toBe('<p class=MsoNormal><b>Kết quả</b> đạt <i>100%</i></p>');
  });

  it("keeps what sits between Word's revealed list comments (the bullet), without swallowing the text up to a later hidden block", () => {
    const word =
      '<p style="mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span style="mso-list:Ignore">-</span><!--[endif]-->Dòng một</p><p>Giữa</p><!--[if gte mso 9]><xml>x</xml><![endif]--><p>Cuối</p>';
    expect(cleanPastedHtml(word)).toBe(
      '<p style="mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span style="mso-list:Ignore">-</span><!--[endif]-->Dòng một</p><p>Giữa</p><p>Cuối</p>',
    );
  });
});
