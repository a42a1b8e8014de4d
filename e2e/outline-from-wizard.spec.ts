/**
 * "Tạo đề cương từ báo cáo này" from inside the wizard: the "…" menu opens the outline editor on an outline
 * made from the open report's chapters and sections, nothing stored until "Lưu đề cương", and "Hủy" (the list
 * button) goes back to the report. A new report started from the saved outline has the same chapter and
 * section headings; the report it came from keeps its text.
 */
import { expect, test, type Page } from '@playwright/test';
import { seedVersion1Database } from './helpers/seed-v1-db';
import { minimalReport } from '../test-support/report-builder';
import { screenshotPath } from './helpers/screenshot-path';

const para = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });

async function openFilledReport(page: Page): Promise<void> {
  const report = minimalReport({
    title: 'công tác dân vận năm 2026',
    sections: [
      {
        id: 'chuong-1',
        heading: 'TÌNH HÌNH CHUNG',
        blocks: [para('Tình hình dân cư ổn định.')],
        children: [],
      },
      {
        id: 'chuong-2',
        heading: 'KẾT QUẢ CÔNG TÁC DÂN VẬN',
        blocks: [],
        children: [
          { id: 'muc-1', heading: 'Dân vận chính quyền', blocks: [para('Tiếp dân 24 buổi.')], children: [] },
          { id: 'muc-2', heading: 'Dân vận khéo', blocks: [para('Có 12 mô hình.')], children: [] },
        ],
      },
    ],
  });
  await seedVersion1Database(page, [
    {
      id: 'dan-van',
      templateId: 'so-ket-tong-ket',
      report,
      title: report.title,
      createdAt: 1,
      updatedAt: 2,
      lastStepKey: 'chapter:chuong-2',
    },
  ]);
  await page.goto('/#/ban-nhap/dan-van/chapter:chuong-2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('II. KẾT QUẢ CÔNG TÁC DÂN VẬN');
}

async function makeOutline(page: Page, shot?: string): Promise<void> {
  await page.getByRole('button', { name: 'Thêm thao tác' }).click();
  if (shot) await page.screenshot({ path: screenshotPath(shot) });
  await page.getByRole('menuitem', { name: /Tạo đề cương từ báo cáo này/ }).click();
  await expect(page.getByLabel('Tên đề cương')).toHaveValue('Đề cương theo công tác dân vận năm 2026');
}

const rows = (page: Page) => page.getByTestId('outline-tree-row');

test('the wizard makes an outline from the open report; a new report from it has the same headings', async ({
  page,
}) => {
  await openFilledReport(page);
  await makeOutline(page, 'wizard-more-menu-make-outline.png');
  await expect(rows(page)).toHaveText([
    /^TÌNH HÌNH CHUNG/,
    /^KẾT QUẢ CÔNG TÁC DÂN VẬN/,
    /^Dân vận chính quyền/,
    /^Dân vận khéo/,
  ]);
  await page.screenshot({ path: screenshotPath('outline-from-wizard-editor.png') });

  // Not saved yet: leaving goes back to the report, and no outline was stored.
  await page.getByRole('button', { name: 'Danh sách đề cương' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('II. KẾT QUẢ CÔNG TÁC DÂN VẬN');
  await page.getByRole('button', { name: 'Về danh sách bản nháp' }).click();
  await page.getByRole('button', { name: 'Đề cương', exact: true }).click();
  await expect(page.getByTestId('outline-card').filter({ hasText: 'Đề cương theo' })).toHaveCount(0);
  await page.goto('/#/ban-nhap/dan-van/chapter:chuong-2');

  await makeOutline(page);
  await page.getByRole('button', { name: 'Lưu đề cương' }).click();
  const card = page.getByTestId('outline-card').filter({ hasText: 'Đề cương theo công tác dân vận năm 2026' });
  await expect(card).toContainText('Đề cương tự soạn (chưa ký)');

  // The report it came from is as it was.
  await page.goto('/#/ban-nhap/dan-van/chapter:chuong-2');
  await expect(page.getByRole('textbox', { name: 'Nội dung mục 1.' })).toHaveText('Tiếp dân 24 buổi.');

  await page.getByRole('button', { name: 'Về danh sách bản nháp' }).click();
  await page.getByRole('button', { name: 'Tạo báo cáo mới' }).first().click();
  const create = page.getByRole('dialog', { name: 'Tạo báo cáo mới' });
  await create.getByRole('radio', { name: /Đề cương theo công tác dân vận năm 2026/ }).check();
  await create.getByRole('button', { name: 'Tạo báo cáo' }).click();
  const steps = page.getByRole('navigation', { name: 'Các bước' });
  await expect(steps).toContainText('I. TÌNH HÌNH CHUNG');
  await expect(steps).toContainText('II. KẾT QUẢ CÔNG TÁC DÂN VẬN');
  await page.getByRole('tab', { name: /^II\. KẾT QUẢ CÔNG TÁC DÂN VẬN/ }).click();
  await expect(page.getByRole('textbox', { name: 'Tiêu đề mục 1.' })).toHaveValue('Dân vận chính quyền');
  await expect(page.getByRole('textbox', { name: 'Tiêu đề mục 2.' })).toHaveValue('Dân vận khéo');
  // Headings only: the text written in the first report did not come along.
  await expect(page.getByRole('textbox', { name: 'Nội dung mục 1.' })).not.toContainText('Tiếp dân');
});
