/**
 * Find and replace across the whole report in real Chromium: a diacritic-free "huyen uy" finds "Huyện ủy" in a
 * header field, a later chapter's text, a footnote, a table cell and Nơi nhận; next and previous open the step
 * with the match selected and on screen; "Thay" replaces one, "Thay tất cả" the rest with its count, one
 * "Hoàn tác thay thế" puts them all back, and the replaced text survives a reload (autosave).
 */
import { expect, test, type Page } from '@playwright/test';
import { seedVersion1Database } from './helpers/seed-v1-db';
import { waitForSaved } from './helpers/wizard-page';
import { minimalReport } from '../test-support/report-builder';
import type { Report } from '../core/model/report-schema';
import { screenshotPath } from './helpers/screenshot-path';

function report(): Report {
  return minimalReport({
    recipients: ['Văn phòng Huyện ủy', 'Lưu'],
    sections: [
      {
        id: 'chuong-1',
        heading: 'ĐẶC ĐIỂM TÌNH HÌNH',
        blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Tình hình chung ổn định.' }] }],
        children: [],
      },
      {
        id: 'chuong-2',
        heading: 'KẾT QUẢ THỰC HIỆN',
        blocks: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Ban Thường vụ ' },
              { type: 'text', text: 'Huyện ủy', bold: true },
              { type: 'text', text: ' đã chỉ đạo sát sao' },
              {
                type: 'footnote',
                paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kế hoạch số 12 của Huyện ủy.' }] }],
              },
              { type: 'text', text: '.' },
            ],
          },
        ],
        children: [
          {
            id: 'muc-bang',
            heading: 'Số liệu',
            blocks: [
              {
                type: 'table',
                headerRows: 1,
                rows: [
                  {
                    cells: [
                      { paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: 'Đơn vị' }] }] },
                      { paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: 'Số' }] }] },
                    ],
                  },
                  {
                    cells: [
                      { paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: 'Cơ quan Huyện ủy' }] }] },
                      { paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: '12' }] }] },
                    ],
                  },
                ],
              },
            ],
            children: [],
          },
        ],
      },
    ],
  });
}

async function openDraft(page: Page, step: string): Promise<void> {
  const r = report();
  await seedVersion1Database(page, [
    {
      id: 'tim-thay',
      templateId: 'so-ket-tong-ket',
      report: r,
      title: r.title,
      createdAt: 1,
      updatedAt: 2,
      lastStepKey: step,
    },
  ]);
  await page.goto(`/#/ban-nhap/tim-thay/${step}`);
}

/** What is selected on the page and where: the text, the element holding it, whether it is on screen. */
async function selection(page: Page) {
  const handle = await page.waitForFunction(
    () => {
      const active = document.activeElement;
      if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) {
        if (active.closest('[data-testid="find-panel"]')) return null;
        const box = active.getBoundingClientRect();
        const field = active.closest('[data-find-field]')?.getAttribute('data-find-field');
        return {
          text: active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0),
          where: `field ${field}`,
          visible: box.top >= 0 && box.bottom <= window.innerHeight,
        };
      }
      const footnote = document.querySelector('.ProseMirror-selectednode');
      if (footnote && active?.contains(footnote)) {
        const box = footnote.getBoundingClientRect();
        return { text: '', where: 'footnote', visible: box.top >= 0 && box.bottom <= window.innerHeight };
      }
      const sel = document.getSelection();
      const node = sel?.anchorNode;
      const el = node instanceof Element ? node : node?.parentElement;
      if (!sel || sel.isCollapsed || !el || !active?.contains(el)) return null;
      const box = sel.getRangeAt(0).getBoundingClientRect();
      return {
        text: sel.toString(),
        where: el.closest('td, th') ? 'cell' : 'text',
        visible: box.top >= 0 && box.bottom <= window.innerHeight,
      };
    },
    undefined,
    { timeout: 10_000 },
  );
  return handle.jsonValue();
}

test('finds "huyen uy" across steps, goes to each match, replaces one and all, undoes, and keeps it on reload', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDraft(page, 'general');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thông tin chung');

  await page.keyboard.press('Control+f');
  const panel = page.getByRole('dialog', { name: 'Tìm và thay thế' });
  await expect(panel.getByLabel('Tìm', { exact: true })).toBeFocused();
  await page.keyboard.type('huyen uy');
  const count = panel.getByTestId('find-count');
  await expect(count).toHaveText('–/5');

  const heading = page.getByRole('heading', { level: 1 });
  // Enter in the find field: the first match from the step on screen, the issuer field.
  await page.keyboard.press('Enter');
  expect(await selection(page)).toEqual({ text: 'HUYỆN ỦY', where: 'field issuer', visible: true });
  await expect(count).toHaveText('1/5');

  const next = panel.getByRole('button', { name: 'Sau' });
  await next.click();
  await expect(heading).toHaveText('II. KẾT QUẢ THỰC HIỆN');
  expect(await selection(page)).toEqual({ text: 'Huyện ủy', where: 'text', visible: true });
  await expect(count).toHaveText('2/5');
  await page.screenshot({ path: screenshotPath('find-panel-match-in-chapter.png') });

  await next.click();
  expect(await selection(page)).toEqual({ text: '', where: 'footnote', visible: true });
  await expect(panel.getByTestId('find-context')).toContainText('Kế hoạch số 12 của Huyện ủy');
  await expect(count).toHaveText('3/5');

  await next.click();
  expect(await selection(page)).toEqual({ text: 'Huyện ủy', where: 'cell', visible: true });
  await expect(count).toHaveText('4/5');

  await next.click();
  await expect(heading).toHaveText('Nơi nhận và ký');
  expect(await selection(page)).toEqual({ text: 'Huyện ủy', where: 'field recipient:0', visible: true });

  await panel.getByRole('button', { name: 'Trước' }).click();
  await expect(heading).toHaveText('II. KẾT QUẢ THỰC HIỆN');
  expect(await selection(page)).toEqual({ text: 'Huyện ủy', where: 'cell', visible: true });
  await expect(count).toHaveText('4/5');

  // Replace the cell's match only; the next match (Nơi nhận) is shown.
  await page.keyboard.press('Control+h');
  await panel.getByLabel('Thay bằng').fill('Đảng ủy');
  await panel.getByRole('button', { name: 'Thay', exact: true }).click();
  await expect(panel.getByTestId('find-message')).toHaveText('Đã thay 1 chỗ.');
  await expect(count).toHaveText('4/4');
  await expect(heading).toHaveText('Nơi nhận và ký');
  expect(await selection(page)).toEqual({ text: 'Huyện ủy', where: 'field recipient:0', visible: true });

  await panel.getByRole('button', { name: 'Thay tất cả' }).click();
  await expect(panel.getByTestId('find-message')).toHaveText('Đã thay 4 chỗ.');
  await expect(count).toHaveText('0/0');
  await expect(page.getByRole('textbox', { name: 'Nơi nhận 1' })).toHaveValue('Văn phòng Đảng ủy');
  await page.screenshot({ path: screenshotPath('find-panel-replace-all-done.png') });

  // One undo puts all four back (the single replacement before stays).
  await panel.getByRole('button', { name: 'Hoàn tác thay thế' }).click();
  await expect(count).toHaveText('–/4');
  await expect(page.getByRole('textbox', { name: 'Nơi nhận 1' })).toHaveValue('Văn phòng Huyện ủy');

  await panel.getByRole('button', { name: 'Thay tất cả' }).click();
  await expect(panel.getByTestId('find-message')).toHaveText('Đã thay 4 chỗ.');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await waitForSaved(page);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Nơi nhận 1' })).toHaveValue('Văn phòng Đảng ủy');
  await page.getByRole('tab', { name: /KẾT QUẢ THỰC HIỆN/ }).click();
  const editor = page.getByRole('textbox', { name: /Nội dung chương/ }).first();
  await expect(editor).toContainText('Ban Thường vụ Đảng ủy đã chỉ đạo sát sao');
  // The bold run kept its formatting.
  await expect(editor.locator('strong')).toHaveText('Đảng ủy');
  await expect(page.locator('td').filter({ hasText: 'Cơ quan Đảng ủy' })).toBeVisible();
  await page.getByRole('tab', { name: 'Thông tin chung' }).click();
  await expect(page.getByRole('textbox', { name: 'Cơ quan ban hành' })).toHaveValue('Đảng ủy TAM ĐƯỜNG');
  await page.keyboard.press('Control+f');
  await page.keyboard.type('huyen uy');
  await expect(count).toHaveText('0/0');
  await expect(panel.getByTestId('find-message')).toHaveText('Không tìm thấy trong báo cáo.');
});

test('Ctrl+Z right after "Thay tất cả" puts everything back', async ({ page }) => {
  await openDraft(page, 'closing');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nơi nhận và ký');
  await page.keyboard.press('Control+h');
  const panel = page.getByRole('dialog', { name: 'Tìm và thay thế' });
  await page.keyboard.type('huyện ủy');
  await panel.getByLabel('Thay bằng').fill('Tỉnh ủy');
  await panel.getByRole('button', { name: 'Thay tất cả' }).click();
  await expect(panel.getByTestId('find-message')).toHaveText('Đã thay 5 chỗ.');
  await expect(page.getByRole('textbox', { name: 'Nơi nhận 1' })).toHaveValue('Văn phòng Tỉnh ủy');
  await page.getByRole('textbox', { name: 'Nơi nhận 2' }).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('textbox', { name: 'Nơi nhận 1' })).toHaveValue('Văn phòng Huyện ủy');
  await expect(panel.getByTestId('find-message')).toContainText('Đã hoàn tác');
});

test('"Cả từ" and "Khớp chữ hoa/thường" find the issuer code alone, selected in its field', async ({ page }) => {
  await openDraft(page, 'closing');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nơi nhận và ký');
  await page.keyboard.press('Control+f');
  const panel = page.getByRole('dialog', { name: 'Tìm và thay thế' });
  await page.keyboard.type('HU');
  const count = panel.getByTestId('find-count');
  // Also inside words: HUYỆN, Huyện, THƯỜNG, Thường (ư folds to u).
  await expect(count).toHaveText('–/11');
  await panel.getByLabel('Cả từ').check();
  await expect(count).toHaveText('–/1');
  await panel.getByLabel('Khớp chữ hoa/thường').check();
  await expect(count).toHaveText('–/1');
  await panel.getByRole('button', { name: 'Sau' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thông tin chung');
  expect(await selection(page)).toEqual({ text: 'HU', where: 'field issuerCode', visible: true });
});
