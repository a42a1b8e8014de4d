/**
 * TCVN3/VNI text in real Chromium: Word HTML with .VnTime and .VnTimeH runs and TCVN3 plain text are converted
 * on paste, a notice says so and "Hoàn tác" brings back exactly what was pasted; Unicode is pasted untouched
 * with no notice; the toolbar command converts a selection; the checker warns about a heading still in TCVN3.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { seedVersion1Database } from './helpers/seed-v1-db';
import { minimalReport } from '../test-support/report-builder';
import type { Report } from '../core/model/report-schema';

function report(heading = 'KẾT QUẢ THỰC HIỆN'): Report {
  const base = minimalReport();
  return minimalReport({
    header: { ...base.header, number: '05' },
    title: 'tổng kết công tác năm 2023',
    sections: [{ id: 'chuong-1', heading, blocks: [], children: [] }],
  });
}

async function openChapter(page: Page, r: Report = report()): Promise<Locator> {
  await seedVersion1Database(page, [
    {
      id: 'ma-cu',
      templateId: 'so-ket-tong-ket',
      report: r,
      title: r.title,
      createdAt: 1,
      updatedAt: 2,
      lastStepKey: 'chapter:chuong-1',
    },
  ]);
  await page.goto('/#/ban-nhap/ma-cu/chapter%3Achuong-1');
  const editor = page.getByRole('textbox', { name: /^Nội dung chương/ });
  await expect(editor).toBeVisible({ timeout: 15_000 });
  await editor.click();
  return editor;
}

/** What a paste from Word or another program delivers: a ClipboardEvent carrying these clipboard types. */
async function paste(editor: Locator, data: Record<string, string>): Promise<void> {
  await editor.evaluate((el, items) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(items)) transfer.setData(type, value);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

const paragraphs = (editor: Locator) => editor.locator(':scope > p');

const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">
<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm; font-size:14.0pt; font-family:"Times New Roman",serif;} --></style></head>
<body lang=EN-US><!--StartFragment-->
<p class=MsoNormal><span style='font-size:13.0pt;font-family:".VnTimeH";mso-bidi-font-family:"Times New Roman"'>uû ban nh©n d©n huyÖn tam §­êng</span><o:p></o:p></p>
<p class=MsoNormal><span style='font-family:".VnTime"'>Uû ban nh©n d©n huyÖn</span><span style='font-family:"Times New Roman",serif'> Tam Đường © 2023</span></p>
<p class=MsoNormal><span style="font-family:'VNI-Times'">Ñaûng boä huyeän</span></p>
<!--EndFragment--></body></html>`;

test('Word HTML in .VnTime/.VnTimeH/VNI-Times is converted per run, the notice says so and "Hoàn tác" restores the paste', async ({
  page,
}) => {
  const editor = await openChapter(page);
  await paste(editor, {
    'text/html': WORD_HTML,
    'text/plain': 'uû ban nh©n d©n huyÖn tam §­êng\nUû ban nh©n d©n huyÖn Tam Đường © 2023\nÑaûng boä huyeän',
  });

  await expect(paragraphs(editor)).toHaveText([
    'UỶ BAN NHÂN DÂN HUYỆN TAM ĐƯỜNG',
    'Uỷ ban nhân dân huyện Tam Đường © 2023',
    'Đảng bộ huyện',
  ]);
  const notice = page.getByTestId('legacy-notice');
  await expect(notice).toContainText('Đã chuyển 3 đoạn từ mã TCVN3 và VNI sang Unicode.');

  await notice.getByRole('button', { name: 'Hoàn tác' }).click();
  // Exactly as pasted: the legacy characters, and the Times New Roman run (with its "©") untouched.
  await expect(paragraphs(editor)).toHaveText([
    'uû ban nh©n d©n huyÖn tam §­êng',
    'Uû ban nh©n d©n huyÖn Tam Đường © 2023',
    'Ñaûng boä huyeän',
  ]);
  await expect(notice).toHaveCount(0);
});

test('TCVN3 plain text is recognised by its characters and converted; undo restores it and keeps the typing before', async ({
  page,
}) => {
  const editor = await openChapter(page);
  // Typed just before the paste: "Hoàn tác" must take back the paste only.
  await page.keyboard.type('Kính gửi: ');
  const original = 'Uû ban nh©n d©n huyÖn Tam §­êng\nB¸o c¸o kÕt qu¶ thùc hiÖn nhiÖm vô n¨m 2023';
  await paste(editor, { 'text/plain': original });

  await expect(paragraphs(editor)).toHaveText([
    'Kính gửi: Uỷ ban nhân dân huyện Tam Đường',
    'Báo cáo kết quả thực hiện nhiệm vụ năm 2023',
  ]);
  const notice = page.getByTestId('legacy-notice');
  await expect(notice).toContainText('Đã chuyển 2 đoạn từ mã TCVN3 sang Unicode.');
  await notice.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(paragraphs(editor)).toHaveText([
    'Kính gửi: Uû ban nh©n d©n huyÖn Tam §­êng',
    'B¸o c¸o kÕt qu¶ thùc hiÖn nhiÖm vô n¨m 2023',
  ]);
  await expect(notice).toHaveCount(0);
});

test('ordinary Unicode is pasted untouched and no notice appears', async ({ page }) => {
  const editor = await openChapter(page);
  const text = 'Ủy ban nhân dân huyện Tam Đường © 2023; Zoé Lefèvre, Noël à Besançon';
  await paste(editor, { 'text/html': `<p>${text}</p>`, 'text/plain': text });
  await expect(paragraphs(editor)).toHaveText([text]);
  await page.keyboard.type(' và VNI-Times');
  await expect(paragraphs(editor)).toHaveText([`${text} và VNI-Times`]);
  await expect(page.getByTestId('legacy-notice')).toHaveCount(0);
});

test('the toolbar command converts the selected legacy text, and "Hoàn tác" undoes it', async ({ page }) => {
  const editor = await openChapter(page);
  await page.keyboard.type('Ñaûng boä huyeän Tam Ñöôøng');
  await page.keyboard.press('ControlOrMeta+a');
  await page
    .getByRole('toolbar', { name: 'Định dạng' })
    .getByRole('button', { name: 'Chuyển mã TCVN3/VNI → Unicode' })
    .click();
  await page.getByRole('menuitem', { name: /Tự nhận biết bảng mã/ }).click();

  await expect(paragraphs(editor)).toHaveText(['Đảng bộ huyện Tam Đường']);
  const notice = page.getByTestId('legacy-notice');
  await expect(notice).toContainText('Đã chuyển 1 đoạn đã chọn từ mã VNI sang Unicode.');
  await notice.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(paragraphs(editor)).toHaveText(['Ñaûng boä huyeän Tam Ñöôøng']);
});

test('the toolbar command leaves selected Unicode alone and says why', async ({ page }) => {
  const editor = await openChapter(page);
  await page.keyboard.type('Đảng bộ huyện');
  await page.keyboard.press('ControlOrMeta+a');
  await page
    .getByRole('toolbar', { name: 'Định dạng' })
    .getByRole('button', { name: 'Chuyển mã TCVN3/VNI → Unicode' })
    .click();
  await page.getByRole('menuitem', { name: /Tự nhận biết bảng mã/ }).click();
  await expect(page.getByTestId('legacy-notice')).toContainText(
    'Không nhận ra chữ mã TCVN3 hay VNI trong đoạn đã chọn.',
  );
  await expect(paragraphs(editor)).toHaveText(['Đảng bộ huyện']);
});

test('the checker warns about a heading still in TCVN3 and leads to its chapter', async ({ page }) => {
  const r = report('KÕT QU¶ TRIÓN KHAI');
  await seedVersion1Database(page, [
    {
      id: 'ma-cu',
      templateId: 'so-ket-tong-ket',
      report: r,
      title: r.title,
      createdAt: 1,
      updatedAt: 2,
      lastStepKey: 'review',
    },
  ]);
  await page.goto('/#/ban-nhap/ma-cu/review');
  const warning = page.getByTestId('format-checker').locator('[data-problem-id="legacy-encoding-chuong-1-heading"]');
  await expect(warning).toHaveCount(1, { timeout: 15_000 });
  await expect(warning).toContainText(
    'Tên chương “KÕT QU¶ TRIÓN KHAI”: đoạn “KÕT QU¶ TRIÓN KHAI” có vẻ còn ở mã TCVN3',
  );
  await expect(warning).toContainText('“KẾT QUẢ TRIỂN KHAI”');
  await expect(warning.getByLabel('Cảnh báo')).toBeVisible();
  await warning.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('I. KÕT QU¶ TRIÓN KHAI');
});

test('a footnote pasted in TCVN3 is converted too', async ({ page }) => {
  const editor = await openChapter(page);
  await page.keyboard.type('Kết quả');
  await page.getByRole('toolbar', { name: 'Định dạng' }).getByRole('button', { name: 'Chú thích cuối trang' }).click();
  const note = page.getByRole('textbox', { name: 'Nội dung chú thích' });
  await expect(note).toBeFocused();
  await paste(note, { 'text/plain': 'C«ng v¨n sè 472-CV/HU cña HuyÖn ñy Tam §­êng' });
  await expect(note).toHaveText('Công văn số 472-CV/HU của Huyện ủy Tam Đường');
  await expect(page.getByRole('dialog').getByTestId('legacy-notice')).toContainText(
    'Đã chuyển 1 đoạn từ mã TCVN3 sang Unicode.',
  );
  await page.getByRole('button', { name: 'Lưu chú thích' }).click();
  await expect(editor).toContainText('Kết quả');
});

test('a Word table whose .VnTime font is named only in the style block is converted cell by cell', async ({ page }) => {
  const editor = await openChapter(page);
  const html = `<html><head><style><!-- p.MsoNormal {font-family:".VnTime"; font-size:14.0pt} --></style></head><body><!--StartFragment-->
<table class=MsoTableGrid border=1 style='border-collapse:collapse'>
<tr style='mso-yfti-firstrow:yes'><td width=200><p class=MsoNormal align=center><b>ChØ tiªu</b></p></td><td width=100><p class=MsoNormal align=center><b>KÕt qu¶</b></p></td></tr>
<tr><td width=200><p class=MsoNormal>§¶ng viªn míi</p></td><td width=100><p class=MsoNormal align=right>12</p></td></tr>
</table><!--EndFragment--></body></html>`;
  await paste(editor, { 'text/html': html, 'text/plain': 'ChØ tiªu\tKÕt qu¶\n§¶ng viªn míi\t12' });
  await expect(editor.locator('table td, table th')).toHaveText(['Chỉ tiêu', 'Kết quả', 'Đảng viên mới', '12']);
  await expect(page.getByTestId('legacy-notice')).toContainText('Đã chuyển 3 đoạn từ mã TCVN3 sang Unicode.');
});
