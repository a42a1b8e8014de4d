/**
 * The statistics check in real Chromium: a draft whose "Cộng" row does not add up shows a warning naming the
 * table, row and column in "Xem lại và xuất"; a click opens the chapter with the caret in that very cell, and
 * once the figure is corrected the warning is gone. The export question asked for an error counts the warning.
 */
import { expect, test } from '@playwright/test';
import { seedVersion1Database } from './helpers/seed-v1-db';
import { minimalReport } from '../test-support/report-builder';
import { buildTable, planResultTable } from '../test-support/statistics-tables';
import type { Report } from '../core/model/report-schema';

const members = buildTable(
  1,
  [
    ['STT', 'Tên chi bộ', 'Tổng số đảng viên', 'Nữ', 'Kết nạp mới'],
    ['1', 'Chi bộ thôn Nà Khuổi', '32', '12', '2'],
    ['2', 'Chi bộ thôn Hưng Phong', '27', '9', '1'],
    ['3', 'Chi bộ Trường Tiểu học', '15', '11', '2'],
    ['', 'Cộng', '75', '32', '5'],
  ],
  { caption: 'Biểu 1: Số lượng đảng viên các chi bộ' },
);

function report(): Report {
  const base = minimalReport();
  return minimalReport({
    // No date yet: an error, so "Xuất DOCX" asks first, and counts the statistics warning too.
    header: { ...base.header, number: '05', date: '' },
    title: 'tổng kết công tác xây dựng Đảng năm 2023',
    sections: [
      {
        id: 'chuong-1',
        heading: 'KẾT QUẢ THỰC HIỆN',
        blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kết quả chung của năm.' }] }],
        children: [
          {
            id: 'muc-phat-trien',
            heading: 'Công tác phát triển đảng viên',
            blocks: [
              { type: 'paragraph', content: [{ type: 'text', text: 'Các chỉ tiêu kinh tế - xã hội:' }] },
              planResultTable(),
              { type: 'paragraph', content: [{ type: 'text', text: 'Số lượng đảng viên:' }] },
              members,
            ],
            children: [],
          },
        ],
      },
    ],
  });
}

test('a wrong "Cộng" row is warned about in the review step and a click puts the caret in its cell', async ({
  page,
}) => {
  const r = report();
  await seedVersion1Database(page, [
    {
      id: 'so-lieu',
      templateId: 'so-ket-tong-ket',
      report: r,
      title: r.title,
      createdAt: 1,
      updatedAt: 2,
      lastStepKey: 'review',
    },
  ]);
  await page.goto('/#/ban-nhap/so-lieu/review');

  const checker = page.getByTestId('format-checker');
  const warning = checker.locator('[data-problem-id^="stat-"]');
  await expect(warning).toHaveCount(1, { timeout: 15_000 });
  await expect(warning).toContainText(
    'Bảng “Biểu 1: Số lượng đảng viên các chi bộ”, dòng “Cộng”, cột “Tổng số đảng viên”: ghi 75, nhưng cộng các dòng phía trên được 74.',
  );
  await expect(warning).toContainText('Sửa ở bước: I. KẾT QUẢ THỰC HIỆN');
  await expect(warning.getByLabel('Cảnh báo')).toBeVisible();

  // A warning does not stop export; the question asked because of the missing date mentions it.
  await page.getByRole('banner').getByRole('button', { name: 'Xuất DOCX' }).click();
  const ask = page.getByRole('dialog', { name: 'Báo cáo còn 1 lỗi thể thức' });
  await expect(ask).toContainText('Chưa có ngày ban hành');
  await expect(ask).toContainText(/Ngoài ra còn \d+ cảnh báo \(như số liệu trong bảng chưa khớp\)/);
  await ask.getByRole('button', { name: 'Sửa' }).click();
  await expect(ask).toBeHidden();

  await warning.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('I. KẾT QUẢ THỰC HIỆN');
  // The caret sits in the "75" of the second table of the sub-section's editor, and that cell is on screen.
  const cell = await page.waitForFunction(
    () => {
      const node = document.getSelection()?.anchorNode;
      const td = (node instanceof Element ? node : node?.parentElement)?.closest('td, th');
      if (!td || !document.activeElement?.contains(td)) return null;
      const editor = td.closest('.ProseMirror')!;
      const section = editor.closest('[data-section-id]')?.getAttribute('data-section-id');
      const tables = [...editor.querySelectorAll('table')];
      const box = td.getBoundingClientRect();
      return {
        text: td.textContent,
        row: (td.parentElement as HTMLTableRowElement).rowIndex,
        column: (td as HTMLTableCellElement).cellIndex,
        table: tables.indexOf(td.closest('table')!),
        section,
        visible: box.top >= 0 && box.bottom <= window.innerHeight,
      };
    },
    undefined,
    { timeout: 10_000 },
  );
  expect(await cell.jsonValue()).toEqual({
    text: '75',
    row: 4,
    column: 2,
    table: 1,
    section: 'muc-phat-trien',
    visible: true,
  });

  // Corrected where the caret is: the warning goes away.
  await page.keyboard.press('Backspace');
  await page.keyboard.type('4');
  await page.getByRole('tab', { name: 'Xem lại và xuất' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xem lại và xuất');
  await expect(checker).toBeVisible();
  await expect(checker.locator('[data-problem-id^="stat-"]')).toHaveCount(0);
});

test('a wrong percentage in a table of the opening leads to its cell once the opening editor is mounted', async ({
  page,
}) => {
  const base = report();
  const wrongShare = buildTable(1, [
    ['Mức xếp loại', 'Số đảng viên', 'Tỷ lệ (%)'],
    ['Hoàn thành xuất sắc nhiệm vụ', '12', '14,6'],
    ['Hoàn thành tốt nhiệm vụ', '61', '47,4'],
    ['Hoàn thành nhiệm vụ', '9', '11,0'],
    ['Cộng', '82', '100'],
  ]);
  const r: Report = {
    ...base,
    header: { ...base.header, date: '2023-12-20' },
    opening: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kết quả xếp loại:' }] }, wrongShare],
  };
  await seedVersion1Database(page, [
    {
      id: 'mo-dau',
      templateId: 'so-ket-tong-ket',
      report: r,
      title: r.title,
      createdAt: 1,
      updatedAt: 2,
      lastStepKey: 'review',
    },
  ]);
  await page.goto('/#/ban-nhap/mo-dau/review');

  const warning = page.getByTestId('format-checker').locator('[data-problem-id^="stat-percent-opening"]');
  await expect(warning).toContainText(
    'Bảng 1 trong phần mở đầu, dòng “Hoàn thành tốt nhiệm vụ”, cột “Tỷ lệ (%)”: ghi 47,4, nhưng lấy “Số đảng viên” chia số của dòng tổng nhân 100 được 74,4.',
    { timeout: 15_000 },
  );
  await warning.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thông tin chung');
  const cell = await page.waitForFunction(
    () => {
      const node = document.getSelection()?.anchorNode;
      const td = (node instanceof Element ? node : node?.parentElement)?.closest('td, th');
      if (!td || !document.activeElement?.contains(td) || !td.closest('[data-testid="editor-opening"]')) return null;
      return {
        text: td.textContent,
        row: (td.parentElement as HTMLTableRowElement).rowIndex,
        column: (td as HTMLTableCellElement).cellIndex,
      };
    },
    undefined,
    { timeout: 10_000 },
  );
  expect(await cell.jsonValue()).toEqual({ text: '47,4', row: 2, column: 2 });
});

test("a wrong change in a table of the chapter's own text (outside its sub-sections) leads to that cell", async ({
  page,
}) => {
  const base = report();
  const chapter = base.sections[0]!;
  const change = buildTable(1, [
    ['Nội dung', 'Năm 2022', 'Năm 2023', 'Tăng/giảm'],
    ['Số đảng viên', '1.284', '1.327', '+34'],
    ['Số chi bộ', '36', '35', '-1'],
  ]);
  const r: Report = {
    ...base,
    header: { ...base.header, date: '2023-12-20' },
    sections: [{ ...chapter, blocks: [...chapter.blocks, change] }],
  };
  await seedVersion1Database(page, [
    {
      id: 'chuong',
      templateId: 'so-ket-tong-ket',
      report: r,
      title: r.title,
      createdAt: 1,
      updatedAt: 2,
      lastStepKey: 'review',
    },
  ]);
  await page.goto('/#/ban-nhap/chuong/review');

  const warning = page.getByTestId('format-checker').locator('[data-problem-id^="stat-change-chuong-1"]');
  await expect(warning).toContainText(
    'Bảng 1 trong chương “I. KẾT QUẢ THỰC HIỆN”, dòng “Số đảng viên”, cột “Tăng/giảm”: ghi +34, nhưng lấy “Năm 2023” trừ “Năm 2022” được +43.',
    { timeout: 15_000 },
  );
  await warning.click();
  const cell = await page.waitForFunction(
    () => {
      const node = document.getSelection()?.anchorNode;
      const td = (node instanceof Element ? node : node?.parentElement)?.closest('td, th');
      if (!td || !document.activeElement?.contains(td)) return null;
      return {
        text: td.textContent,
        row: (td.parentElement as HTMLTableRowElement).rowIndex,
        column: (td as HTMLTableCellElement).cellIndex,
        inCard: td.closest('[data-section-id]') !== null,
      };
    },
    undefined,
    { timeout: 10_000 },
  );
  expect(await cell.jsonValue()).toEqual({ text: '+34', row: 1, column: 3, inCard: false });
});

test('a wrong total in a Phụ lục table opens the Phụ lục step with the caret in that cell', async ({ page }) => {
  const base = report();
  const r: Report = {
    ...base,
    header: { ...base.header, date: '2023-12-20' },
    appendices: [
      {
        id: 'pl-so-lieu',
        title: 'Biểu tổng hợp đảng viên',
        blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Số liệu đến 31/12/2023.' }] }, members],
      },
    ],
  };
  await seedVersion1Database(page, [
    {
      id: 'phu-luc',
      templateId: 'so-ket-tong-ket',
      report: r,
      title: r.title,
      createdAt: 1,
      updatedAt: 2,
      lastStepKey: 'review',
    },
  ]);
  await page.goto('/#/ban-nhap/phu-luc/review');

  const inAppendix = page
    .getByTestId('format-checker')
    .locator('[data-problem-id^="stat-"]')
    .filter({ hasText: 'Biểu 1: Số lượng đảng viên các chi bộ' });
  // One warning for the sub-section's table and one for the appendix's copy of it: pick the appendix's by its step.
  const appendixWarning = inAppendix.filter({ hasText: 'Sửa ở bước: Phụ lục' });
  await expect(appendixWarning).toHaveCount(1, { timeout: 15_000 });
  await appendixWarning.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phụ lục');
  const cell = await page.waitForFunction(
    () => {
      const node = document.getSelection()?.anchorNode;
      const td = (node instanceof Element ? node : node?.parentElement)?.closest('td, th');
      if (!td || !document.activeElement?.contains(td)) return null;
      return {
        text: td.textContent,
        row: (td.parentElement as HTMLTableRowElement).rowIndex,
        column: (td as HTMLTableCellElement).cellIndex,
        appendix: td.closest('[data-appendix-id]')?.getAttribute('data-appendix-id'),
      };
    },
    undefined,
    { timeout: 10_000 },
  );
  expect(await cell.jsonValue()).toEqual({ text: '75', row: 4, column: 2, appendix: 'pl-so-lieu' });
});
