/**
 * The word count in real Chromium: the app bar shows the report's words ("74 từ"), typed words change it, a
 * click shows the table per part, and "Xem lại và xuất" has the same table (pages: "—" until the paginated
 * preview has laid the report out).
 */
import { expect, test } from '@playwright/test';
import { seedVersion1Database } from './helpers/seed-v1-db';
import { minimalReport } from '../test-support/report-builder';
import { screenshotPath } from './helpers/screenshot-path';

test('typed words change the count in the app bar and the table per part', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const r = minimalReport({
    opening: [{ type: 'paragraph', content: [{ type: 'text', text: 'Thực hiện Kế hoạch số 12-KH/TU.' }] }],
    sections: [
      {
        id: 'chuong-1',
        heading: 'KẾT QUẢ',
        blocks: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Kết nạp 1.284 đảng viên' },
              {
                type: 'footnote',
                paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: 'Theo báo cáo của Ban Tổ chức.' }] }],
              },
            ],
          },
        ],
        children: [],
      },
    ],
  });
  await seedVersion1Database(page, [
    {
      id: 'dem-tu',
      templateId: 'so-ket-tong-ket',
      report: r,
      title: r.title,
      createdAt: 1,
      updatedAt: 2,
      lastStepKey: 'general',
    },
  ]);
  await page.goto('/#/ban-nhap/dem-tu/general');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thông tin chung');

  // Header 5+4+2+2+2 (ĐẢNG BỘ TỈNH LAI CHÂU, HUYỆN ỦY TAM ĐƯỜNG, BC HU, Tam Đường, BÁO CÁO), trích yếu 4,
  // opening 8 ("12-KH/TU" is 3); chapter: heading 2, body 5 ("1.284" is 1), footnote 7; closing: Nơi nhận 4+1,
  // signature 5+2+3 ("T/M" is 2).
  const wordCount = page.getByTestId('word-count');
  await expect(wordCount).toHaveText('56 từ');

  const opening = page.getByRole('textbox', { name: 'Phần mở đầu', exact: true });
  await opening.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Huyện ủy chỉ đạo');
  await expect(wordCount).toHaveText('60 từ');

  await wordCount.click();
  const popup = page.getByRole('dialog', { name: 'Thống kê số từ' });
  const table = popup.getByTestId('counts-table');
  // The first number of a row is its words.
  const words = (row: RegExp) => table.getByRole('row', { name: row }).getByRole('cell').first();
  await expect(words(/Phần đầu/)).toHaveText('31');
  await expect(words(/I\. KẾT QUẢ/)).toHaveText('14');
  await expect(table.getByTestId('counts-total').getByRole('cell').first()).toHaveText('60');
  await expect(popup).toContainText('Mở bản xem trước để đếm trang.');
  await page.screenshot({ path: screenshotPath('counts-popover-app-bar.png') });

  // A row leads to its step.
  await table.getByRole('row', { name: /I\. KẾT QUẢ/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('I. KẾT QUẢ');

  await page.getByRole('tab', { name: 'Xem lại và xuất' }).click();
  const review = page.getByRole('main').getByTestId('counts-table');
  await review.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(review.getByTestId('counts-total').getByRole('cell').first()).toHaveText('60');
  // Footnotes: one, in chapter I.
  await expect(
    review
      .getByRole('row', { name: /I\. KẾT QUẢ/ })
      .getByRole('cell')
      .nth(3),
  ).toHaveText('1');
  await page.screenshot({ path: screenshotPath('counts-table-review-step.png') });
});
