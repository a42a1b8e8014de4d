/**
 * Pasting a statistics table from Word and from LibreOffice Writer into the editor, in real Chromium, through
 * the same clipboard event a Ctrl+V fires: what the clerk sees in the editor and what the saved draft file
 * holds. The LibreOffice HTML is what its clipboard carries, the "HTML (StarWriter)" export (LibreOffice 7.4):
 * `soffice --headless --convert-to odt libreoffice-source.html`, then `soffice --headless --convert-to html` of
 * that ODT. The Word HTML is written as Word 2016 puts it on the clipboard (MsoNormal paragraphs, <o:p> filler,
 * pt widths, mso-yfti row markers, conditional comments).
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parseDraftFile } from '../core/draft-file/draft-file-format';
import { inlineText } from '../core/model/report-text';
import type { Table } from '../core/model/report-schema';
import { clickIntoEditor } from './helpers/click-into-editor';
import { createDraft, SO_KET_TEMPLATE, waitForSaved } from './helpers/wizard-page';

const fixture = (name: string) => readFile(new URL(`./fixtures/paste/${name}`, import.meta.url), 'utf8');

async function savedTable(page: Page): Promise<Table> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lưu bản nháp ra tệp' }).click();
  const draft = parseDraftFile(await readFile(await (await download).path(), 'utf8'));
  if (!draft.ok) throw new Error(draft.message);
  const chapter = draft.draft.report.sections.find((s) => s.heading.startsWith('NHIỆM VỤ'))!;
  return chapter.blocks.find((b): b is Table => b.type === 'table')!;
}

async function pasteInto(page: Page, html: string): Promise<Table> {
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  await page.getByRole('tab', { name: /^III\. NHIỆM VỤ/ }).click();
  const editor = page.getByRole('textbox', { name: 'Nội dung chương III.' });
  await editor.click();
  await editor.evaluate((el, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/html', data);
    transfer.setData('text/plain', 'TT Nội dung Kết quả');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, html);
  await expect(editor.locator('table')).toBeVisible();
  return savedTable(page);
}

const texts = (t: Table) =>
  t.rows.map((r) => r.cells.map((c) => c.paragraphs.map((p) => inlineText(p.content)).join('|')));
const spans = (t: Table) => t.rows.map((r) => r.cells.map((c) => `${c.rowSpan ?? 1}x${c.colSpan ?? 1}`));
const ratios = (t: Table) => t.columns!.map((c) => c.width! / t.columns![0]!.width!);

test('a table pasted from Word keeps merged cells, widths, alignment and both header rows; Word filler goes', async ({
  page,
}) => {
  const table = await pasteInto(page, await fixture('word-table.html'));
  expect(texts(table)).toEqual([
    ['TT', 'Nội dung', 'Kết quả'],
    ['Năm 2022', 'Năm 2023'],
    ['1', 'Kết nạp đảng viên mới', '120', '135'],
    ['', 'Cộng', '120', '135'],
  ]);
  expect(spans(table)).toEqual([
    ['2x1', '2x1', '1x2'],
    ['1x1', '1x1'],
    ['1x1', '1x1', '1x1', '1x1'],
    ['1x1', '1x1', '1x1', '1x1'],
  ]);
  // Word's first row, extended down to the bottom of "TT" and "Nội dung".
  expect(table.headerRows).toBe(2);
  // 35.45pt : 248.1pt : 92.15pt : 92.15pt.
  const want = [1, 248.1 / 35.45, 92.15 / 35.45, 92.15 / 35.45];
  ratios(table).forEach((r, i) => expect(r).toBeCloseTo(want[i]!, 0));
  // <p align=center>/<p align=right> became the cells' alignment; valign=bottom kept, Word's valign=top on every cell not.
  expect(table.rows[2]!.cells.map((c) => c.align ?? null)).toEqual(['center', null, 'right', null]);
  expect(table.rows[2]!.cells.map((c) => c.vAlign ?? null)).toEqual([null, null, null, 'bottom']);
  expect(table.rows[3]!.cells[1]!.align).toBe('center');
  // The empty <o:p>&nbsp;</o:p> paragraph under "Kết nạp đảng viên mới" is gone from the editor, not only from the model.
  const editor = page.getByRole('textbox', { name: 'Nội dung chương III.' });
  await expect(editor.locator('tr').nth(2).locator('td').nth(1).locator('p')).toHaveCount(1);
  await expect(editor).not.toContainText('o:p');
  await expect(editor.locator('tr').nth(3).locator('td').nth(1).locator('strong')).toHaveText('Cộng');
});

test('a table pasted from LibreOffice Writer keeps merged cells, widths, alignment and its <thead> header rows', async ({
  page,
}) => {
  const table = await pasteInto(page, await fixture('libreoffice-writer-table.html'));
  expect(texts(table)).toEqual([
    ['TT', 'Nội dung', 'Kết quả'],
    ['Năm 2022', 'Năm 2023'],
    ['1', 'Kết nạp đảng viên mới', '120', '135'],
    ['2', 'Chuyển đảng chính thức', '1.284', '87,8'],
    ['', 'Cộng', '1.404', '222,8'],
  ]);
  expect(spans(table)).toEqual([
    ['2x1', '2x1', '1x2'],
    ['1x1', '1x1'],
    ['1x1', '1x1', '1x1', '1x1'],
    ['1x1', '1x1', '1x1', '1x1'],
    ['1x1', '1x1', '1x1', '1x1'],
  ]);
  expect(table.headerRows).toBe(2);
  // <col width="57"/> <col width="281"/> <col width="114"/> <col width="114"/>.
  const want = [1, 281 / 57, 114 / 57, 114 / 57];
  ratios(table).forEach((r, i) => expect(r).toBeCloseTo(want[i]!, 0));
  expect(table.rows[2]!.cells.map((c) => c.align ?? null)).toEqual(['center', null, 'right', 'right']);
  expect(table.rows[2]!.cells.map((c) => c.vAlign ?? null)).toEqual([null, null, null, 'bottom']);
  expect(table.rows[3]!.cells[1]!.align).toBe('center');
  // Numbers without an alignment show right-aligned in the editor.
  const editor = page.getByRole('textbox', { name: 'Nội dung chương III.' });
  await expect(editor.locator('tr').nth(3).locator('td').nth(2)).toHaveCSS('text-align', 'right');
});

test('a column added to a reopened table gets no width and the others keep theirs, in their places', async ({
  page,
}) => {
  const pasted = await pasteInto(page, await fixture('libreoffice-writer-table.html'));
  await waitForSaved(page);
  await page.reload();
  const editor = page.getByRole('textbox', { name: 'Nội dung chương III.' });
  await clickIntoEditor(editor.locator('tr').nth(2).locator('td').first());
  await page.keyboard.press('Control+Alt+ArrowRight');
  await expect(editor.locator('tr').nth(2).locator('td')).toHaveCount(5);
  const table = await savedTable(page);
  const [a, b, c, d] = pasted.columns!.map((col) => col.width);
  expect(table.columns!.map((col) => col.width)).toEqual([a, undefined, b, c, d]);
  expect(table.rows[2]!.cells.map((cell) => cell.paragraphs.map((p) => inlineText(p.content)).join(''))).toEqual([
    '1',
    '',
    'Kết nạp đảng viên mới',
    '120',
    '135',
  ]);
});
