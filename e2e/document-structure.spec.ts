/**
 * Document structure as real reports use it, through the wizard in Chromium: an issuer, a trích yếu and a signer
 * title broken over two lines with Enter, a point "a)" placed directly under "1.", and a landscape Phụ lục whose
 * "(Kèm theo …)" line the office wrote itself. Everything survives a reload (checked in the fields and in the
 * draft as IndexedDB holds it) and reaches the exported DOCX.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { child, descendants, documentBody, paragraphsIn, unzipDocx } from '../test-support/docx-xml';
import { createDraft, SO_KET_TEMPLATE, typeInEditor, waitForSaved } from './helpers/wizard-page';
import { screenshotPath } from './helpers/screenshot-path';

const ISSUER = 'ỦY BAN NHÂN DÂN\nXÃ NẬM TĂM';
const TITLE = 'kết quả lãnh đạo thực hiện nhiệm vụ chính trị\nnăm 2024';
const SIGNER_TITLE = 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH';
const POINT = 'Công tác tuyên truyền';
const APPENDIX_TITLE = 'Biểu tổng hợp\nkết quả năm 2024';
const GENERATED_LINE = '(Kèm theo Báo cáo số 12-BC/UBND, ngày 05/3/2024 của Ủy ban nhân dân xã Nậm Tăm)';
const EDITED_LINE = '(Kèm theo Báo cáo số 12-BC/UBND của Ban Thường vụ Đảng ủy xã)';
const APPENDIX_BODY = 'Số liệu tổng hợp đến ngày 31/12/2024.';

/** Clears a field and types `text` key by key, Enter for each "\n", as a clerk would. */
async function typeLines(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByRole('textbox', { name: label });
  await field.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  const [first, ...rest] = text.split('\n');
  await page.keyboard.type(first!);
  for (const line of rest) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}

/** The draft as IndexedDB holds it: the head record's report with the section records put back in place. */
async function storedDraft(
  page: Page,
): Promise<{ report: Record<string, unknown>; sections: Record<string, Record<string, unknown>> }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('soan-bao-cao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['drafts', 'sections'], 'readonly');
          const heads = tx.objectStore('drafts').getAll();
          const sections = tx.objectStore('sections').getAll();
          tx.oncomplete = () => {
            const head = (heads.result as { report: Record<string, unknown> }[])[0]!;
            const byId = Object.fromEntries(
              (sections.result as { sectionId: string; json: string }[]).map((s) => [
                s.sectionId,
                JSON.parse(s.json) as Record<string, unknown>,
              ]),
            );
            open.result.close();
            resolve({ report: head.report, sections: byId });
          };
        };
      }),
  );
}

test('line breaks, a point "a)" under "1." and a landscape appendix survive a reload and reach the DOCX', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);

  // Thông tin chung: Enter breaks the issuer and the trích yếu; single-line fields still refuse a break.
  await typeLines(page, 'Cơ quan ban hành', ISSUER);
  // An Enter too many is dropped on leaving the field: it would print an empty line under the issuer.
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Cơ quan ban hành')).toHaveValue(`${ISSUER}\n`);
  await page.getByLabel('Số', { exact: true }).fill('12');
  await expect(page.getByLabel('Cơ quan ban hành')).toHaveValue(ISSUER);
  await page.getByLabel('Ký hiệu cơ quan').fill('UBND');
  await typeLines(page, 'Địa danh', 'Nậm\nTăm');
  await expect(page.getByLabel('Địa danh')).toHaveValue('NậmTăm');
  await page.getByLabel('Địa danh').fill('Nậm Tăm');
  await page.getByLabel('Ngày ban hành').fill('05/03/2024');
  await typeLines(page, 'Trích yếu', TITLE);
  await expect(page.getByRole('textbox', { name: 'Trích yếu' })).toHaveValue(TITLE);
  // The header preview draws the issuer on the two lines typed, not folded into one.
  const issuerLine = page.getByTestId('header-preview').getByText('ỦY BAN NHÂN DÂN', { exact: false });
  expect(await issuerLine.evaluate((el) => (el as HTMLElement).innerText)).toBe(ISSUER);

  // Chapter II: a sub-section added under "1." and set to "a)" is numbered a), in the card and its labels.
  await page.getByRole('tab', { name: /^II\. KẾT QUẢ TRIỂN KHAI/ }).click();
  await page.getByRole('button', { name: 'Thêm mục con trong 1.' }).click();
  const levelSelect = page.getByRole('combobox', { name: 'Kiểu đánh số mục 1.1.' });
  await expect(levelSelect.locator('option')).toHaveText(['1.1. tiểu mục', 'a) điểm']);
  await levelSelect.selectOption('4');
  const point = page.getByTestId('section-a)');
  await expect(point.getByRole('combobox', { name: 'Kiểu đánh số mục a)' })).toHaveValue('4');
  await typeLines(page, 'Tiêu đề mục a)', `${POINT}\nx`);
  // A heading is one line: Enter adds nothing.
  await expect(page.getByRole('textbox', { name: 'Tiêu đề mục a)' })).toHaveValue(`${POINT}x`);
  await page.getByRole('textbox', { name: 'Tiêu đề mục a)' }).fill(POINT);
  await point.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.mouse.move(0, 300);
  await page.screenshot({ path: screenshotPath('fields-level.png') });

  // Nơi nhận và ký: a two-line signer title.
  await page.getByRole('tab', { name: 'Nơi nhận và ký' }).click();
  await typeLines(page, 'Chức vụ người ký', SIGNER_TITLE);
  await page.getByLabel('Họ và tên người ký').fill('Lò Văn Pấng');

  // Phụ lục: none yet, and the step is complete that way.
  await page.getByRole('tab', { name: 'Phụ lục' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phụ lục');
  await expect(page.getByText('Đã đủ thông tin')).toBeVisible();
  await page.getByRole('button', { name: 'Thêm phụ lục' }).click();
  const first = page.getByRole('region', { name: 'Phụ lục', exact: true });
  await typeLines(page, 'Tên phụ lục', APPENDIX_TITLE);
  const attached = first.getByLabel('Dòng “Kèm theo”');
  await expect(attached).toHaveValue(GENERATED_LINE);
  await expect(first.getByRole('button', { name: 'Dùng dòng tự động' })).toBeDisabled();
  await attached.fill(EDITED_LINE);
  await expect(first.getByRole('button', { name: 'Dùng dòng tự động' })).toBeEnabled();
  await first.getByLabel('Hướng trang').selectOption('landscape');
  await first.getByLabel('Đánh số trang').selectOption('restart');
  await typeInEditor(page, 'Nội dung phụ lục', APPENDIX_BODY);
  await expect(page.getByText('Đã đủ thông tin')).toBeVisible();

  // A second one numbers both; "Dùng dòng tự động" takes an edited line back; an empty one goes without asking.
  await page.getByRole('button', { name: 'Thêm phụ lục' }).click();
  const second = page.getByRole('region', { name: 'Phụ lục 2' });
  await expect(page.getByRole('region', { name: 'Phụ lục 1' })).toBeVisible();
  await expect(page.getByText('Chưa xong')).toBeVisible();
  await second.getByLabel('Dòng “Kèm theo”').fill('(Kèm theo Báo cáo số 12)');
  await second.getByRole('button', { name: 'Dùng dòng tự động' }).click();
  await expect(second.getByLabel('Dòng “Kèm theo”')).toHaveValue(GENERATED_LINE);
  await page.getByRole('button', { name: 'Xóa Phụ lục 2' }).click();
  await expect(second).toHaveCount(0);
  await expect(first).toBeVisible();
  await waitForSaved(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(0, 300);
  await page.screenshot({ path: screenshotPath('fields-appendix-step.png') });

  // Reload: the same step and everything where it was left.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phụ lục');
  await expect(first.getByLabel('Tên phụ lục')).toHaveValue(APPENDIX_TITLE);
  await expect(first.getByLabel('Dòng “Kèm theo”')).toHaveValue(EDITED_LINE);
  await expect(first.getByLabel('Hướng trang')).toHaveValue('landscape');
  await expect(first.getByLabel('Đánh số trang')).toHaveValue('restart');
  await expect(page.getByRole('textbox', { name: 'Nội dung phụ lục' })).toHaveText(APPENDIX_BODY);
  await page.getByRole('tab', { name: 'Nơi nhận và ký' }).click();
  await expect(page.getByLabel('Chức vụ người ký')).toHaveValue(SIGNER_TITLE);
  await page.getByRole('tab', { name: /^II\. KẾT QUẢ TRIỂN KHAI/ }).click();
  await expect(page.getByRole('textbox', { name: 'Tiêu đề mục a)' })).toHaveValue(POINT);
  await page.getByRole('tab', { name: 'Thông tin chung' }).click();
  await expect(page.getByLabel('Cơ quan ban hành')).toHaveValue(ISSUER);
  await expect(page.getByRole('textbox', { name: 'Trích yếu' })).toHaveValue(TITLE);

  // The draft as stored: breaks as "\n", the level on the section's record, the appendix with its own fields.
  const stored = await storedDraft(page);
  expect(stored.report.header).toMatchObject({ issuer: ISSUER, number: '12', issuerCode: 'UBND' });
  expect(stored.report.title).toBe(TITLE);
  expect(stored.report.signature).toMatchObject({ title: SIGNER_TITLE });
  expect(stored.report.appendices).toEqual([
    expect.objectContaining({
      title: APPENDIX_TITLE,
      attachedLine: EDITED_LINE,
      orientation: 'landscape',
      pageNumbers: 'restart',
    }),
  ]);
  expect(Object.values(stored.sections).filter((s) => s.heading === POINT)).toEqual([
    expect.objectContaining({ level: 4, childIds: [] }),
  ]);

  // Review: the preview shows the point and the appendix with the office's own line.
  await page.getByRole('tab', { name: 'Xem lại và xuất' }).click();
  await page.getByRole('button', { name: 'Dạng văn bản' }).click();
  const preview = page.getByTestId('report-preview');
  await expect(preview).toContainText(`a) ${POINT}`);
  await expect(preview.getByRole('region', { name: 'Phụ lục' })).toContainText(EDITED_LINE);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('main').getByRole('button', { name: 'Xuất DOCX' }).click();
  await page
    .getByRole('dialog', { name: /lỗi thể thức/ })
    .getByRole('button', { name: 'Vẫn xuất' })
    .click();
  const download = await downloadPromise;
  const parts = unzipDocx(new Uint8Array(await readFile(await download.path())));
  const body = documentBody(parts);
  const texts = paragraphsIn(body).map((p) => p.text.trim());
  // The appendix is printed after the signature, with its body.
  expect(texts.indexOf('Phụ lục')).toBeGreaterThan(texts.indexOf('Lò Văn Pấng'));
  expect(texts).toContain(APPENDIX_BODY);
  // Line breaks typed in the fields are w:br in the DOCX (read back as "\n").
  expect(texts).toContain(ISSUER);
  expect(texts).toContain(TITLE);
  expect(texts).toContain(SIGNER_TITLE);
  expect(texts).toContain(EDITED_LINE);
  expect(texts).not.toContain(GENERATED_LINE);
  expect(texts).toContain(`a) ${POINT}`);
  // The landscape appendix is a section of its own, numbered from 1; the report before it stays portrait.
  const sections = descendants(body, 'w:sectPr');
  expect(child(sections.at(-1), 'w:pgSz')?.attrs['w:orient']).toBe('landscape');
  expect(child(sections.at(-2), 'w:pgSz')?.attrs['w:orient']).not.toBe('landscape');
  expect(child(sections.at(-1), 'w:pgNumType')?.attrs['w:start']).toBe('1');
});
