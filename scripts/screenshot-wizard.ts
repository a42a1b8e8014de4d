/**
 * Screenshot of the wizard for docs/wizard.png: a chapter step with some text, 1366×860, in Debian Chromium
 * against the production build served by `vite preview`.
 *
 *   npm run build:web && npx tsx scripts/screenshot-wizard.ts [out.png]
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../playwright.config';

const PORT = 4179;
const BASE = `http://127.0.0.1:${PORT}/`;
const OUT = resolve(process.argv[2] ?? 'docs/wizard.png');

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms (did you run npm run build:web?)`);
}

async function typeIn(
  page: Page,
  editorName: string,
  parts: Array<string | { bold: string } | { footnote: string }>,
): Promise<void> {
  await page.getByRole('textbox', { name: editorName, exact: true }).click();
  for (const part of parts) {
    if (typeof part === 'string') {
      await page.keyboard.type(part);
    } else if ('bold' in part) {
      await page.keyboard.press('Control+b');
      await page.keyboard.type(part.bold);
      await page.keyboard.press('Control+b');
    } else {
      const holder = page
        .locator('[data-testid^="editor-"]')
        .filter({ has: page.getByRole('textbox', { name: editorName, exact: true }) });
      await holder.getByRole('button', { name: 'Chú thích cuối trang' }).click();
      await page.getByRole('textbox', { name: 'Nội dung chú thích' }).click();
      await page.keyboard.type(part.footnote);
      await page.getByRole('button', { name: 'Lưu chú thích' }).click();
    }
  }
}

async function main(): Promise<void> {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--config', 'vite.web.config.ts', '--port', String(PORT), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  try {
    await waitForServer(BASE, 30_000);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    const context = await browser.newContext({
      viewport: { width: 1366, height: 860 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    await page.goto(BASE);
    await page.getByRole('button', { name: 'Tạo báo cáo mới' }).first().click();
    await page.getByRole('radio', { name: /sơ kết/ }).check();
    await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click();

    await page.getByLabel('Cơ quan cấp trên trực tiếp').fill('ĐẢNG BỘ TỈNH LAI CHÂU');
    await page.getByLabel('Cơ quan ban hành').fill('HUYỆN ỦY TAM ĐƯỜNG');
    await page.getByLabel('Ký hiệu cơ quan').fill('HU');
    await page.getByLabel('Địa danh').fill('Tam Đường');
    await page.getByLabel('Ngày ban hành').fill('2023-06-15');
    await page
      .getByLabel('Trích yếu')
      .fill(
        'sơ kết 5 năm triển khai thực hiện Kết luận số 23-KL/TW, ngày 22/11/2017 của Ban Bí thư Trung ương Đảng khóa XII',
      );

    await page.getByRole('tab', { name: /^I\. ĐẶC ĐIỂM/ }).click();
    await typeIn(page, 'Nội dung chương I.', [
      'Đảng bộ huyện có 51 tổ chức cơ sở đảng (16 đảng bộ, 35 chi bộ); tổng số đảng viên là 2.731 đồng chí.',
    ]);

    await page.getByRole('tab', { name: /^II\. KẾT QUẢ TRIỂN KHAI/ }).click();
    await page
      .getByLabel('Tiêu đề mục 1.', { exact: true })
      .fill('Công tác lãnh đạo, chỉ đạo tổ chức thực hiện Kết luận số 23-KL/TW và Kế hoạch số 146-KH/TU');
    await typeIn(page, 'Nội dung mục 1.', [
      'Huyện ủy ban hành văn bản chỉ đạo các cấp ủy, chính quyền triển khai thực hiện ',
      { bold: 'Kết luận số 23-KL/TW' },
      ' và Kế hoạch số 146-KH/TU, ngày 14/5/2018 của Ban Thường vụ Tỉnh ủy trên địa bàn huyện',
      {
        footnote:
          'Ban hành Công văn số 472-CV/HU, ngày 20/6/2018 của Huyện ủy Tam Đường về thực hiện Kết luận 23-KL/TW.',
      },
      '; tổ chức 01 hội nghị báo cáo viên cho 50 người.',
    ]);
    await page
      .getByLabel('Tiêu đề mục 2.1.', { exact: true })
      .fill('Nâng cao nhận thức và tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy đảng, chính quyền');
    await typeIn(page, 'Nội dung mục 2.1.', [
      '- Quán triệt tới đảng viên, viên chức với tổng số 16 người tham gia, đạt 100%.',
    ]);
    await page
      .getByTestId('save-status')
      .getByText(/Đã lưu lúc/)
      .waitFor({ timeout: 10_000 });
    await page.mouse.click(1200, 840);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: OUT });
    await browser.close();
    console.log(`Đã lưu ảnh chụp tại ${OUT}`);
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
