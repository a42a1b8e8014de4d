/**
 * The table tools in real Chromium: a clerk builds a statistics table with a two-level header using only the
 * mouse and the keyboard (merge "TT" and "Nội dung" down, "Kết quả" across, widen a column by dragging its
 * border, centre a column, header rows, a "Cộng" row, caption and unit), reloads, finds it all again, saves
 * the draft file and exports the DOCX, and both are read back.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parseDraftFile } from '../core/draft-file/draft-file-format';
import type { Table } from '../core/model/report-schema';
import {
  allText,
  child,
  childElements,
  descendants,
  documentBody,
  footnotes,
  unzipDocx,
  type XmlElement,
} from '../test-support/docx-xml';
import { clickIntoEditor } from './helpers/click-into-editor';
import { createDraft, SO_KET_TEMPLATE, waitForSaved } from './helpers/wizard-page';

const CAPTION = 'Biểu 1: Kết quả kết nạp đảng viên';

function cell(table: Locator, row: number, col: number): Locator {
  return table.locator('tr').nth(row).locator('td, th').nth(col);
}

/** Drags the right border of `target` by `dx` pixels, as a clerk does with the mouse. */
async function dragRightBorder(page: Page, target: Locator, dx: number): Promise<void> {
  const box = (await target.boundingBox())!;
  const x = box.x + box.width - 1;
  const y = box.y + box.height / 2;
  await page.mouse.move(x - 20, y);
  await page.mouse.move(x, y, { steps: 4 });
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y, { steps: 4 });
  await page.mouse.move(x + dx, y, { steps: 4 });
  await page.mouse.up();
}

test('a two-level header table built with mouse and keyboard survives a reload, the draft file and the DOCX', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  await page.getByRole('tab', { name: /^III\. NHIỆM VỤ/ }).click();
  const holder = page.getByTestId('editor-III.');
  const editor = holder.getByRole('textbox', { name: 'Nội dung chương III.' });
  await editor.click();
  await page.keyboard.type('Kết quả kết nạp đảng viên như sau:');
  await page.keyboard.press('Enter');

  // A 3×3 table with a header row; a fourth column from the keyboard.
  await holder.getByRole('button', { name: 'Chèn bảng' }).click();
  const tools = holder.getByRole('toolbar', { name: 'Công cụ bảng' });
  await expect(tools).toBeVisible();
  await page.keyboard.press('Control+Alt+ArrowRight');
  const table = editor.locator('table');
  await expect(table.locator('tr').first().locator('th')).toHaveCount(4);

  await page.keyboard.type('TT');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Nội dung');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Kết quả');

  // "TT" merged down over two rows: keyboard only (Shift+↓ selects the cell below, Ctrl+Alt+M merges).
  await clickIntoEditor(cell(table, 0, 0));
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Control+Alt+m');
  await expect(cell(table, 0, 0)).toHaveAttribute('rowspan', '2');

  // "Nội dung" merged down with the mouse: click, Shift+click, right-click menu.
  await clickIntoEditor(cell(table, 0, 1));
  await cell(table, 1, 0).click({ modifiers: ['Shift'] });
  await cell(table, 1, 0).click({ button: 'right' });
  await page.getByRole('menuitem', { name: /^Gộp ô/ }).click();
  await expect(cell(table, 0, 1)).toHaveAttribute('rowspan', '2');

  // "Kết quả" across two columns with the toolbar button.
  await clickIntoEditor(cell(table, 0, 2));
  await cell(table, 0, 3).click({ modifiers: ['Shift'] });
  await tools.getByRole('button', { name: 'Gộp ô' }).click();
  await expect(cell(table, 0, 2)).toHaveAttribute('colspan', '2');

  // Second header row: "Năm 2022", "Năm 2023"; then make both rows header rows from the toolbar.
  await clickIntoEditor(cell(table, 1, 0));
  await page.keyboard.type('Năm 2022');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Năm 2023');
  await tools.getByRole('button', { name: 'Hàng tiêu đề' }).click();
  await expect(table.locator('tr').nth(1).locator('th')).toHaveCount(2);
  await expect(tools.getByRole('button', { name: 'Hàng tiêu đề' })).toHaveAttribute('aria-pressed', 'true');

  // A data row, then Tab in the last cell adds the "Cộng" row.
  await page.keyboard.press('Tab');
  for (const [i, text] of ['1', 'Kết nạp đảng viên mới', '120', '135'].entries()) {
    if (i) await page.keyboard.press('Tab');
    await page.keyboard.type(text);
    // A hard line break inside the cell (Shift+Enter), as in Word.
    if (i === 1) {
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('(kể cả dự bị)');
    }
  }
  await expect(cell(table, 2, 1).locator('br')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(table.locator('tr')).toHaveCount(4);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Cộng');
  // A footnote inside a cell.
  await holder.getByRole('button', { name: 'Chú thích cuối trang' }).click();
  const fnDialog = page.getByRole('dialog', { name: 'Thêm chú thích cuối trang' });
  await fnDialog.getByRole('textbox', { name: 'Nội dung chú thích' }).click();
  await page.keyboard.type('Tính đến ngày 31/5/2023.');
  await fnDialog.getByRole('button', { name: 'Lưu chú thích' }).click();
  await expect(cell(table, 3, 1).locator('sup.footnote-ref')).toHaveText('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('120');
  await page.keyboard.press('Tab');
  await page.keyboard.type('135');
  await page.keyboard.press('Control+Alt+t');
  await expect(table.locator('tr').nth(3)).toHaveAttribute('data-total', '');
  await expect(tools.getByRole('button', { name: 'Dòng tổng' })).toHaveAttribute('aria-pressed', 'true');

  // The right-click menu from the keyboard (Shift+F10) lists the actions with their shortcuts.
  await clickIntoEditor(cell(table, 2, 1));
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: /Thêm cột bên phải\s*Ctrl\+Alt\+→/ })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /^Gộp ô/ })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  // Vertical alignment from the keyboard.
  await clickIntoEditor(cell(table, 2, 1));
  await page.keyboard.press('Control+Alt+2');
  await expect(cell(table, 2, 1)).toHaveCSS('vertical-align', 'middle');
  await expect(tools.getByRole('button', { name: 'Căn giữa theo chiều dọc' })).toHaveAttribute('aria-pressed', 'true');

  // Numbers are shown right-aligned without being told.
  await expect(cell(table, 2, 2)).toHaveClass(/cell-number/);
  expect(await cell(table, 2, 2).evaluate((el) => getComputedStyle(el).textAlign)).toBe('right');

  // Centre the "TT" column's body cells (mouse selection + toolbar), then the label column wider by dragging.
  await clickIntoEditor(cell(table, 2, 0));
  await cell(table, 3, 0).click({ modifiers: ['Shift'] });
  await tools.getByRole('button', { name: 'Căn giữa', exact: true }).click();
  await expect(cell(table, 2, 0)).toHaveCSS('text-align', 'center');
  const before = (await cell(table, 2, 1).boundingBox())!.width;
  await dragRightBorder(page, cell(table, 2, 1), 90);
  await expect.poll(async () => (await cell(table, 2, 1).boundingBox())!.width).toBeGreaterThan(before + 60);
  const bodyWidths = (t: Locator) =>
    t
      .locator('tr')
      .nth(2)
      .evaluate((tr) => [...tr.querySelectorAll('td')].map((c) => c.getBoundingClientRect().width));
  const dragged = await bodyWidths(table);

  // Caption and unit, typed in the fields above the table.
  await holder.getByRole('textbox', { name: 'Tên bảng' }).fill(CAPTION);
  await holder.getByRole('textbox', { name: 'Đơn vị tính' }).fill('Đơn vị tính: người');

  // The tools at the size of a small office laptop screen, for the record.
  await clickIntoEditor(cell(table, 2, 2));
  await cell(table, 3, 3).click({ modifiers: ['Shift'] });
  await holder.scrollIntoViewIfNeeded();
  await page.screenshot({ path: process.env['TABLE_TOOLS_SCREENSHOT'] ?? testInfo.outputPath('table-tools.png') });
  await waitForSaved(page);

  // Reload: everything is still there.
  await page.reload();
  const after = page.getByRole('textbox', { name: 'Nội dung chương III.' });
  const t2 = after.locator('table');
  await expect(cell(t2, 0, 0)).toHaveAttribute('rowspan', '2');
  await expect(cell(t2, 0, 1)).toHaveAttribute('rowspan', '2');
  await expect(cell(t2, 0, 2)).toHaveAttribute('colspan', '2');
  await expect(t2.locator('tr').nth(1).locator('th')).toHaveText(['Năm 2022', 'Năm 2023']);
  await expect(t2.locator('tr').nth(3)).toHaveAttribute('data-total', '');
  await expect(cell(t2, 2, 0)).toHaveCSS('text-align', 'center');
  await expect(cell(t2, 2, 1)).toHaveCSS('vertical-align', 'middle');
  await expect(cell(t2, 2, 1).locator('br')).toHaveCount(1);
  await expect(cell(t2, 3, 1).locator('sup.footnote-ref')).toHaveText('1');
  await expect(page.getByRole('textbox', { name: 'Tên bảng' })).toHaveValue(CAPTION);
  await expect(page.getByRole('textbox', { name: 'Đơn vị tính' })).toHaveValue('Đơn vị tính: người');
  // The same proportions as dragged (the editor shows a loaded table at its own scale).
  const reloaded = await bodyWidths(t2);
  reloaded.forEach((w, i) => expect(w / reloaded[0]!).toBeCloseTo(dragged[i]! / dragged[0]!, 1));

  // The draft file holds the model the writer reads.
  const fileDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lưu bản nháp ra tệp' }).click();
  const draft = parseDraftFile(await readFile(await (await fileDownload).path(), 'utf8'));
  if (!draft.ok) throw new Error(draft.message);
  const chapter = draft.draft.report.sections.find((s) => s.heading.startsWith('NHIỆM VỤ'))!;
  const model = chapter.blocks.find((b): b is Table => b.type === 'table')!;
  expect(model.headerRows).toBe(2);
  expect(model.caption).toBe(CAPTION);
  expect(model.unit).toBe('Đơn vị tính: người');
  expect(model.rows.map((r) => r.cells.length)).toEqual([3, 2, 4, 4]);
  expect(model.rows[0]!.cells.map((c) => [c.rowSpan ?? 1, c.colSpan ?? 1])).toEqual([
    [2, 1],
    [2, 1],
    [1, 2],
  ]);
  expect(model.rows[3]!.total).toBe(true);
  expect(model.rows[2]!.cells[0]!.align).toBe('center');
  expect(model.rows[2]!.cells[1]!.vAlign).toBe('center');
  expect(model.rows[2]!.cells[1]!.paragraphs[0]!.content).toEqual([
    { type: 'text', text: 'Kết nạp đảng viên mới' },
    { type: 'break' },
    { type: 'text', text: '(kể cả dự bị)' },
  ]);
  expect(model.rows[3]!.cells[1]!.paragraphs[0]!.content).toEqual([
    { type: 'text', text: 'Cộng' },
    {
      type: 'footnote',
      paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: 'Tính đến ngày 31/5/2023.' }] }],
    },
  ]);
  const columnWidths = model.columns!.map((c) => c.width!);
  expect(columnWidths).toHaveLength(4);
  columnWidths.forEach((w, i) => expect(w / columnWidths[0]!).toBeCloseTo(dragged[i]! / dragged[0]!, 1));
  expect(columnWidths[1]!).toBeGreaterThan(1.3 * Math.max(columnWidths[0]!, columnWidths[2]!, columnWidths[3]!));

  // Export: the DOCX repeats both header rows and keeps "Kết quả" across two columns.
  await page.getByRole('tab', { name: 'Xem lại và xuất' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('main').getByRole('button', { name: 'Xuất DOCX' }).click();
  // Chapters left empty are format errors: the checker asks first, and the clerk exports anyway.
  await page
    .getByRole('dialog', { name: /lỗi thể thức/ })
    .getByRole('button', { name: 'Vẫn xuất' })
    .click();
  const bytes = new Uint8Array(await readFile(await (await download).path()));
  const parts = unzipDocx(bytes);
  const tbl = childElements(documentBody(parts), 'w:tbl').find((t) => allText(t).includes('Kết nạp đảng viên mới'))!;
  const rows = childElements(tbl, 'w:tr');
  const tcPr = (tc: XmlElement) => child(tc, 'w:tcPr');
  const isHeader = (tr: XmlElement) => child(child(tr, 'w:trPr'), 'w:tblHeader') !== undefined;
  expect(rows.map(isHeader)).toEqual([true, true, false, false]);
  const ketQua = childElements(rows[0]!, 'w:tc').find((tc) => allText(tc).includes('Kết quả'))!;
  expect(child(tcPr(ketQua), 'w:gridSpan')?.attrs['w:val']).toBe('2');
  // The line break typed with Shift+Enter is a w:br in its cell.
  const label = childElements(rows[2]!, 'w:tc').find((tc) => allText(tc).includes('Kết nạp đảng viên mới'))!;
  expect(descendants(label, 'w:br')).toHaveLength(1);

  const vMerges = rows.flatMap((tr) => childElements(tr, 'w:tc')).filter((tc) => child(tcPr(tc), 'w:vMerge'));
  expect(vMerges).toHaveLength(4); // TT and Nội dung: restart in row 1, continue in row 2
  const grid = childElements(child(tbl, 'w:tblGrid')!, 'w:gridCol').map((g) => Number(g.attrs['w:w']));
  expect(grid).toHaveLength(4);
  expect(grid[1]!).toBeGreaterThan(1.3 * Math.max(grid[0]!, grid[2]!, grid[3]!));
  // The footnote typed in the "Cộng" cell is referenced from that cell.
  const cong = childElements(rows[3]!, 'w:tc').find((tc) => allText(tc).includes('Cộng'))!;
  const ref = descendants(cong, 'w:footnoteReference')[0]!;
  expect(
    footnotes(parts)
      .get(ref.attrs['w:id']!)!
      .map((p) => p.text)
      .join(''),
  ).toContain('Tính đến ngày 31/5/2023.');
});
