/**
 * The renderer in real Chromium, against the production build (vite preview): a clerk writes a report through
 * the wizard, reloads, finds everything where they left it, and exports a DOCX that is checked by unzipping
 * it and reading its XML. Plus the home screen: search without diacritics, delete and undo.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { documentBody, footnoteReferenceOrder, footnotes, paragraphsIn, unzipDocx } from '../test-support/docx-xml';
import { createDraft, DINH_KY_TEMPLATE, SO_KET_TEMPLATE, typeInEditor, waitForSaved } from './helpers/wizard-page';

const TITLE =
  'sơ kết 5 năm triển khai thực hiện Kết luận số 23-KL/TW, ngày 22/11/2017 của Ban Bí thư Trung ương Đảng khóa XII';
const OPENING =
  'Thực hiện Kế hoạch số 172-KH/TU, ngày 09/5/2023 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy Tam Đường báo cáo kết quả thực hiện như sau:';
const SUB_HEADING = 'Nâng cao nhận thức và tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy đảng';
const FOOTNOTE = 'Ban hành Công văn số 472-CV/HU, ngày 20/6/2018 của Huyện ủy Tam Đường.';
const RECIPIENTS = ['Thường trực Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Lưu Văn phòng Huyện ủy'];
const SIGNER = 'Cao Trang Trọng';

test('a report typed in the wizard survives a reload and exports to a DOCX with the same content', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Chưa có bản nháp nào')).toBeVisible();
  await createDraft(page, SO_KET_TEMPLATE);

  // Thông tin chung
  await page.getByLabel('Cơ quan cấp trên trực tiếp').fill('ĐẢNG BỘ TỈNH LAI CHÂU');
  await page.getByLabel('Cơ quan ban hành').fill('HUYỆN ỦY TAM ĐƯỜNG');
  await page.getByLabel('Số', { exact: true }).fill('');
  await page.getByLabel('Ký hiệu cơ quan').fill('HU');
  await page.getByLabel('Địa danh').fill('Tam Đường');
  await page.getByLabel('Ngày ban hành').fill('15/06/2023');
  await page.getByRole('textbox', { name: 'Trích yếu' }).fill(TITLE);
  await typeInEditor(page, 'Phần mở đầu', OPENING);
  const preview = page.getByTestId('header-preview');
  await expect(preview).toContainText('Tam Đường, ngày 15 tháng 6 năm 2023');
  await expect(preview).toContainText('Số      -BC/HU');
  await expect(page.getByTestId('draft-title')).toHaveText(TITLE);

  // Chapter I: "- " at the start of a paragraph becomes a dash line.
  await page.getByRole('tab', { name: /^I\. ĐẶC ĐIỂM TÌNH HÌNH/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('I. ĐẶC ĐIỂM TÌNH HÌNH');
  await page.getByRole('textbox', { name: 'Nội dung chương I.' }).click();
  await page.keyboard.type('Đảng bộ huyện có 51 tổ chức cơ sở đảng.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- 16 đảng bộ, 35 chi bộ');
  await expect(page.locator('[aria-label="Nội dung chương I."] p[data-kind="dash"]')).toHaveText(
    '16 đảng bộ, 35 chi bộ',
  );

  // Chapter II, sub-section 2.1.: heading, a bold run and a footnote.
  await page.getByRole('tab', { name: /^II\. KẾT QUẢ TRIỂN KHAI/ }).click();
  await page.getByRole('textbox', { name: 'Tiêu đề mục 2.1.' }).fill(SUB_HEADING);
  const body = page.getByRole('textbox', { name: 'Nội dung mục 2.1.' });
  await body.click();
  await page.keyboard.type('Huyện ủy ban hành ');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('văn bản chỉ đạo');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type(' các cấp ủy triển khai thực hiện');
  await page.getByTestId('editor-2.1.').getByRole('button', { name: 'Chú thích cuối trang' }).click();
  const fnDialog = page.getByRole('dialog', { name: 'Thêm chú thích cuối trang' });
  await fnDialog.getByRole('textbox', { name: 'Nội dung chú thích' }).click();
  await page.keyboard.type(FOOTNOTE);
  await fnDialog.getByRole('button', { name: 'Lưu chú thích' }).click();
  await expect(fnDialog).toBeHidden();
  await page.keyboard.type('; quan tâm lãnh đạo.');
  await expect(body.locator('strong')).toHaveText('văn bản chỉ đạo');
  await expect(body.locator('sup.footnote-ref')).toHaveText('1');

  // Nơi nhận và ký
  await page.getByRole('tab', { name: 'Nơi nhận và ký' }).click();
  const recipientFields = page.getByRole('textbox', { name: /^Nơi nhận \d+$/ });
  while ((await recipientFields.count()) > 0) await page.getByRole('button', { name: 'Xóa nơi nhận 1' }).click();
  for (const [i, r] of RECIPIENTS.entries()) {
    await page.getByRole('button', { name: 'Thêm nơi nhận' }).click();
    // Typed "- " and a trailing comma are dropped: the rule-set adds them.
    await page.getByRole('textbox', { name: `Nơi nhận ${i + 1}`, exact: true }).fill(i === 0 ? `- ${r},` : r);
  }
  await page.getByLabel('Quyền hạn ký').fill('T/M BAN THƯỜNG VỤ');
  await page.getByLabel('Chức vụ người ký').fill('PHÓ BÍ THƯ');
  await page.getByLabel('Họ và tên người ký').fill(SIGNER);
  await waitForSaved(page);

  // Reload: same step, same content everywhere.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nơi nhận và ký');
  expect(page.url()).toContain('#/ban-nhap/');
  for (const [i, r] of RECIPIENTS.entries())
    await expect(page.getByRole('textbox', { name: `Nơi nhận ${i + 1}`, exact: true })).toHaveValue(r);
  await expect(page.getByLabel('Họ và tên người ký')).toHaveValue(SIGNER);

  await page.getByRole('tab', { name: 'Thông tin chung' }).click();
  await expect(page.getByLabel('Cơ quan ban hành')).toHaveValue('HUYỆN ỦY TAM ĐƯỜNG');
  await expect(page.getByLabel('Số', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Ngày ban hành')).toHaveValue('15/06/2023');
  await expect(page.getByRole('textbox', { name: 'Trích yếu' })).toHaveValue(TITLE);
  await expect(page.getByRole('textbox', { name: 'Phần mở đầu' })).toHaveText(OPENING);

  await page.getByRole('tab', { name: /^II\. KẾT QUẢ TRIỂN KHAI/ }).click();
  await expect(page.getByRole('textbox', { name: 'Tiêu đề mục 2.1.' })).toHaveValue(SUB_HEADING);
  const bodyAfter = page.getByRole('textbox', { name: 'Nội dung mục 2.1.' });
  await expect(bodyAfter.locator('strong')).toHaveText('văn bản chỉ đạo');
  await expect(bodyAfter.locator('sup.footnote-ref')).toHaveText('1');
  await expect(bodyAfter).toContainText('Huyện ủy ban hành văn bản chỉ đạo các cấp ủy triển khai thực hiện');

  // The footnote opens for editing and keeps its text.
  await bodyAfter.locator('sup.footnote-ref').click();
  const editDialog = page.getByRole('dialog', { name: 'Chú thích cuối trang số 1' });
  await expect(editDialog.getByRole('textbox', { name: 'Nội dung chú thích' })).toHaveText(FOOTNOTE);
  await editDialog.getByRole('button', { name: 'Hủy' }).click();

  // Review and export.
  await page.getByRole('tab', { name: 'Xem lại và xuất' }).click();
  const previewAll = page.getByTestId('report-preview');
  await expect(previewAll).toContainText(SUB_HEADING);
  await expect(previewAll).toContainText(`- ${RECIPIENTS[2]}.`);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('main').getByRole('button', { name: 'Xuất DOCX' }).click();
  // Chapters left empty are format errors: the checker asks first, and the clerk exports anyway.
  await page
    .getByRole('dialog', { name: /lỗi thể thức/ })
    .getByRole('button', { name: 'Vẫn xuất' })
    .click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  await expect(page.getByText(/Đã tạo tệp/)).toBeVisible();

  const bytes = new Uint8Array(await readFile(await download.path()));
  const parts = unzipDocx(bytes);
  const paragraphs = paragraphsIn(documentBody(parts));
  const texts = paragraphs.map((p) => p.text.trim());
  expect(texts).toContain('ĐẢNG BỘ TỈNH LAI CHÂU');
  expect(texts).toContain('HUYỆN ỦY TAM ĐƯỜNG');
  expect(texts).toContain('Số      -BC/HU');
  expect(texts).toContain('Tam Đường, ngày 15 tháng 6 năm 2023');
  expect(texts).toContain(TITLE);
  expect(texts).toContain(OPENING);
  expect(texts.some((t) => t.startsWith('- 16 đảng bộ, 35 chi bộ'))).toBe(true);
  expect(texts.some((t) => t.includes(SUB_HEADING))).toBe(true);

  const boldRun = paragraphs.flatMap((p) => p.runs).find((r) => r.text === 'văn bản chỉ đạo');
  expect(boldRun?.bold).toBe(true);
  const plainRun = paragraphs.flatMap((p) => p.runs).find((r) => r.text.startsWith('Huyện ủy ban hành'));
  expect(plainRun?.bold).toBe(false);

  const notes = footnotes(parts);
  const refs = footnoteReferenceOrder(parts);
  expect(refs).toHaveLength(1);
  expect(
    notes
      .get(refs[0]!)
      ?.map((p) => p.text)
      .join(' '),
  ).toContain(FOOTNOTE);

  expect(texts).toContain(`- ${RECIPIENTS[0]},`);
  expect(texts).toContain(`- ${RECIPIENTS[1]},`);
  expect(texts).toContain(`- ${RECIPIENTS[2]}.`);
  expect(texts).toContain(SIGNER);
});

test('the draft list finds drafts typed without diacritics; delete can be undone', async ({ page }) => {
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  await page.getByRole('textbox', { name: 'Trích yếu' }).fill('sơ kết 5 năm thực hiện Kết luận số 23-KL/TW');
  await waitForSaved(page);
  await page.getByRole('button', { name: 'Về danh sách bản nháp' }).click();

  await createDraft(page, DINH_KY_TEMPLATE);
  await page.getByRole('textbox', { name: 'Trích yếu' }).fill('kết quả lãnh đạo 6 tháng đầu năm 2024');
  await waitForSaved(page);
  await page.getByRole('button', { name: 'Về danh sách bản nháp' }).click();

  const cards = page.getByTestId('draft-card');
  await expect(cards).toHaveCount(2);
  const search = page.getByLabel('Tìm bản nháp');
  await search.fill('so ket ket luan');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('sơ kết 5 năm thực hiện Kết luận số 23-KL/TW');
  await search.fill('6 THANG DAU NAM');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('kết quả lãnh đạo 6 tháng đầu năm 2024');
  await search.fill('tong ket');
  await expect(cards).toHaveCount(0);
  await expect(page.getByText('Không tìm thấy bản nháp nào khớp với “tong ket”.')).toBeVisible();
  await search.fill('');
  await expect(cards).toHaveCount(2);

  // Delete, then undo from the snackbar.
  await page.getByRole('button', { name: 'Xóa sơ kết 5 năm thực hiện Kết luận số 23-KL/TW' }).click();
  await expect(page.getByText('Đã xóa “sơ kết 5 năm thực hiện Kết luận số 23-KL/TW”')).toBeVisible();
  await expect(cards).toHaveCount(1);
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(cards).toHaveCount(2);
  await page.reload();
  await expect(cards).toHaveCount(2);

  // Delete without undo stays deleted after a reload.
  await page.getByRole('button', { name: 'Xóa kết quả lãnh đạo 6 tháng đầu năm 2024' }).click();
  await expect(cards).toHaveCount(1);
  await page.reload();
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('sơ kết 5 năm');

  // Duplicate.
  await page.getByRole('button', { name: 'Nhân bản sơ kết 5 năm thực hiện Kết luận số 23-KL/TW' }).click();
  await expect(cards).toHaveCount(2);
  await expect(page.getByText('sơ kết 5 năm thực hiện Kết luận số 23-KL/TW (bản sao)')).toBeVisible();
});

test('a broken draft record shows a Vietnamese message instead of crashing', async ({ page }) => {
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  await page.getByRole('textbox', { name: 'Trích yếu' }).fill('báo cáo còn tốt');
  await waitForSaved(page);
  // Damage one record behind the app's back, as a crash or an old version might.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('soan-bao-cao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('drafts', 'readwrite');
          tx.objectStore('drafts').put({
            id: 'hong',
            templateId: 'so-ket-tong-ket',
            title: 'Báo cáo quý III',
            createdAt: 1,
            updatedAt: Date.now(),
            lastStepKey: 'general',
            report: { schemaVersion: 1, sections: 'hỏng' },
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.goto('/#/');
  await page.reload();
  await expect(page.getByText('Bản nháp “Báo cáo quý III” bị hỏng')).toBeVisible();
  await expect(page.getByTestId('draft-card')).toHaveCount(1);
  await expect(page.getByTestId('draft-card')).toContainText('báo cáo còn tốt');

  await page.goto('/#/ban-nhap/hong/general');
  await expect(page.getByRole('alert')).toContainText('bị hỏng');
  await page.getByRole('button', { name: 'Về danh sách' }).click();
  await expect(page.getByTestId('draft-card')).toHaveCount(1);
});

test('footnotes are numbered across the whole report in reading order, not per editor', async ({ page }) => {
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  const addFootnote = async (editorTestId: string, text: string) => {
    await page.getByTestId(editorTestId).getByRole('textbox').click();
    await page.keyboard.press('End');
    await page.getByTestId(editorTestId).getByRole('button', { name: 'Chú thích cuối trang' }).click();
    await page.getByRole('textbox', { name: 'Nội dung chú thích' }).click();
    await page.keyboard.type(text);
    await page.getByRole('button', { name: 'Lưu chú thích' }).click();
  };
  await addFootnote('editor-opening', 'Chú thích phần mở đầu.');
  await expect(page.getByTestId('editor-opening').locator('sup.footnote-ref')).toHaveText('1');

  await page.getByRole('tab', { name: /^II\. KẾT QUẢ TRIỂN KHAI/ }).click();
  await page.getByRole('textbox', { name: 'Nội dung mục 2.1.' }).click();
  await page.keyboard.type('Nội dung 2.1');
  await addFootnote('editor-2.1.', 'Chú thích mục 2.1.');
  await expect(page.getByTestId('editor-2.1.').locator('sup.footnote-ref')).toHaveText('2');

  // A footnote added earlier in reading order (section 1. comes before 2.1.) renumbers the later one.
  await page.getByRole('textbox', { name: 'Nội dung mục 1.' }).click();
  await page.keyboard.type('Nội dung mục 1');
  await addFootnote('editor-1.', 'Chú thích mục 1.');
  await expect(page.getByTestId('editor-1.').locator('sup.footnote-ref')).toHaveText('2');
  await expect(page.getByTestId('editor-2.1.').locator('sup.footnote-ref')).toHaveText('3');

  // Deleting the first footnote renumbers the rest.
  await page.getByRole('tab', { name: 'Thông tin chung' }).click();
  await page.getByTestId('editor-opening').locator('sup.footnote-ref').click();
  await page.getByRole('button', { name: 'Xóa chú thích' }).click();
  await expect(page.getByTestId('editor-opening').locator('sup.footnote-ref')).toHaveCount(0);
  await page.getByRole('tab', { name: /^II\. KẾT QUẢ TRIỂN KHAI/ }).click();
  await expect(page.getByTestId('editor-1.').locator('sup.footnote-ref')).toHaveText('1');
  await expect(page.getByTestId('editor-2.1.').locator('sup.footnote-ref')).toHaveText('2');

  // The review preview numbers them the same way.
  await page.getByRole('tab', { name: 'Xem lại và xuất' }).click();
  await expect(page.getByTestId('preview-footnotes')).toContainText('1Chú thích mục 1.2Chú thích mục 2.1.');
});

test('pasting from Word keeps bold, italic and underline (a heading as a bold paragraph), drops the rest, and stores NFC text', async ({
  page,
}) => {
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  await page.getByRole('tab', { name: /^I\. ĐẶC ĐIỂM TÌNH HÌNH/ }).click();
  const editor = page.getByRole('textbox', { name: 'Nội dung chương I.' });
  await editor.click();
  const nfd = 'Đảng bộ huyện'.normalize('NFD');
  const wordHtml =
    `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><!--StartFragment-->` +
    `<p class=MsoNormal style='font-family:"Arial";color:red;font-size:20pt'><b>Kết quả</b> ${nfd} đạt <i>100%</i>, ` +
    `<u>vượt kế hoạch</u><span style='color:blue;background:yellow'> năm 2023</span><o:p></o:p><img src="file:///C:/x.png"></p>` +
    `<h1 style="color:green">Tiêu đề Word</h1><!--EndFragment--></body></html>`;
  await editor.evaluate((el, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'fallback');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, wordHtml);

  // A Word heading arrives as a bold paragraph (the heading itself has no place in the model).
  await expect(editor.locator('strong')).toHaveText(['Kết quả', 'Tiêu đề Word']);
  await expect(editor.locator('em')).toHaveText('100%');
  await expect(editor.locator('u')).toHaveText('vượt kế hoạch');
  await expect(editor).toContainText('Tiêu đề Word');
  await expect(editor.locator('img, h1, span[style], [style*="color"]')).toHaveCount(0);
  const text = await editor.innerText();
  expect(text).toContain('Đảng bộ huyện'.normalize('NFC'));
  expect(text).toBe(text.normalize('NFC'));
});

test('numbered items and a simple table made with the toolbar survive a reload', async ({ page }) => {
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  await page.getByRole('tab', { name: /^III\. NHIỆM VỤ/ }).click();
  const holder = page.getByTestId('editor-III.');
  const editor = holder.getByRole('textbox');
  await editor.click();
  await holder.getByRole('button', { name: 'Mục đánh số' }).click();
  await page.keyboard.type('Tiếp tục đẩy mạnh công tác tuyên truyền.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Nâng cao nhận thức của cấp ủy.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // an empty numbered line ends the list, as in Word
  await holder.getByRole('button', { name: 'Bảng' }).click();
  await page.keyboard.type('Chỉ tiêu');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Kết quả');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Tin, bài');
  await page.keyboard.press('Tab');
  await page.keyboard.type('150');
  await expect(editor.locator('p[data-kind="numbered"]')).toHaveCount(2);
  await waitForSaved(page);

  await page.reload();
  const after = page.getByRole('textbox', { name: 'Nội dung chương III.' });
  await expect(after.locator('p[data-kind="numbered"]')).toHaveText([
    'Tiếp tục đẩy mạnh công tác tuyên truyền.',
    'Nâng cao nhận thức của cấp ủy.',
  ]);
  await expect(after.locator('th')).toContainText(['Chỉ tiêu', 'Kết quả']);
  await expect(after.locator('td').first()).toHaveText('Tin, bài');
  await page.getByRole('tab', { name: 'Xem lại và xuất' }).click();
  await expect(page.getByTestId('report-preview')).toContainText('2. Nâng cao nhận thức của cấp ủy.');
});
