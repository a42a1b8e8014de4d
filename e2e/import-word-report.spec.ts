/**
 * "Mở báo cáo Word (.docx)…" in real Chromium against the browser build: a report LibreOffice saved as .docx
 * (made here from the committed Flat ODT) opened with the button, reviewed, turned into a draft that survives a
 * reload; the app's own export of the sample report dropped on the home screen; a .doc and a non-zip refused
 * with their Vietnamese sentences and no draft made.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { screenshotPath } from './helpers/screenshot-path';

const run = promisify(execFile);
const FODT = new URL('../test-support/fixtures/word-import/huyen-uy-bao-cao-quy.fodt', import.meta.url).pathname;
const SAMPLE = new URL('./fixtures/tam-duong-so-ket-kl23-2023.baocao.json', import.meta.url);
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const SCREENSHOT = process.env.IMPORT_REVIEW_SCREENSHOT ?? screenshotPath('import-review.png');

let soffice = true;
let work = '';
let libreOfficeDocx: Buffer = Buffer.alloc(0);
let sampleDocx: Buffer = Buffer.alloc(0);

test.beforeAll(async () => {
  // The sample rendered by core/docx/render-docx.ts through the CLI (Playwright's loader cannot import the
  // rule-set JSON the writer needs).
  const renderDir = await mkdtemp(join(tmpdir(), 'e2e-import-sample-'));
  try {
    await run('npx', ['tsx', 'cli/main.ts', 'render', SAMPLE.pathname, '-o', join(renderDir, 'sample.docx')], {
      timeout: 120_000,
    });
    sampleDocx = await readFile(join(renderDir, 'sample.docx'));
  } finally {
    await rm(renderDir, { recursive: true, force: true });
  }
  try {
    await run('which', ['soffice']);
  } catch {
    soffice = false;
    console.log('[skip] soffice (LibreOffice) is not installed: the LibreOffice-made .docx cannot be produced.');
    return;
  }
  work = await mkdtemp(join(tmpdir(), 'e2e-import-'));
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${work}/profile`,
      '--headless',
      '--norestore',
      '--convert-to',
      'docx',
      '--outdir',
      work,
      FODT,
    ],
    { timeout: 180_000 },
  );
  libreOfficeDocx = await readFile(join(work, 'huyen-uy-bao-cao-quy.docx'));
});

test.afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

interface Heading {
  heading: string;
  children: Heading[];
}

/** The review's "Đã nhận ra" value for a label. */
const summaryValue = (page: Page, label: string) =>
  page.getByTestId('import-summary').locator('dt', { hasText: label }).locator('+ dd');

/** A file dragged from the desktop onto the home screen's heading: the zone shows while dragging, then the drop. */
async function drop(page: Page, name: string, bytes: Uint8Array, type: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, data, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name, { type }));
      return transfer;
    },
    { name, data: Array.from(bytes), type },
  );
  const target = page.getByRole('heading', { level: 1, name: 'Bản nháp báo cáo' });
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await expect(page.getByTestId('home-drop-zone')).toContainText('Thả tệp vào đây để mở');
  await target.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('home-drop-zone')).toBeHidden();
}

test('a report LibreOffice saved as .docx: button → review → draft with its chapters, footnote and table, kept after reload', async ({
  page,
}) => {
  test.skip(!soffice, 'soffice (LibreOffice) is not installed');
  await page.goto('/');
  await expect(page.getByText('Chưa có bản nháp nào')).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Mở báo cáo Word (.docx)…' }).click();
  // The import runs in a worker, so the window stays responsive on a long report.
  const worker = page.waitForEvent('worker');
  await (await chooser).setFiles({ name: 'huyen-uy-bao-cao-quy.docx', mimeType: DOCX_MIME, buffer: libreOfficeDocx });
  expect((await worker).url()).toMatch(/word-import\.worker.*\.js$/);

  const review = page.getByRole('dialog', { name: 'Mở báo cáo Word: huyen-uy-bao-cao-quy.docx' });
  await expect(review).toBeVisible();
  await expect(summaryValue(page, 'Nội dung')).toHaveText('2 chương, 3 mục');
  await expect(summaryValue(page, 'Chú thích cuối trang')).toHaveText('1 chú thích');
  await expect(summaryValue(page, 'Bảng')).toHaveText('2 bảng');
  await expect(summaryValue(page, 'Nơi nhận')).toHaveText('4 nơi nhận');
  await expect(summaryValue(page, 'Người ký')).toHaveText('Lò Văn Thành');
  await expect(summaryValue(page, 'Phụ lục')).toHaveText('1 phụ lục');
  await expect(summaryValue(page, 'Thể thức')).toContainText('văn bản của Đảng');
  await expect(summaryValue(page, 'Thông tin đầu văn bản')).toContainText('cơ quan ban hành');
  await expect(review.getByRole('radio', { name: /Báo cáo định kỳ.*\(khớp nhất\)/ })).toBeChecked();
  await expect(review.getByRole('radio', { name: /Đề cương tự do/ })).toBeVisible();
  const notes = page.getByTestId('import-notes');
  await expect(notes).toContainText('Bổ sung số liệu quý IV');
  await expect(notes.locator('li')).toHaveCount(2);

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: SCREENSHOT });
  await page.setViewportSize({ width: 1366, height: 860 });

  await review.getByRole('button', { name: 'Tạo bản nháp' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin chung' })).toBeVisible();
  expect(page.url()).toContain('#/ban-nhap/');

  const checkDraft = async () => {
    await page.getByRole('tab', { name: 'Thông tin chung' }).click();
    await expect(page.getByLabel('Cơ quan ban hành')).toHaveValue('HUYỆN ỦY PHONG THỔ');
    await page.getByRole('tab', { name: /^I\. KẾT QUẢ LÃNH ĐẠO/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('I. KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN NHIỆM VỤ');
    await expect(page.getByLabel('Tiêu đề mục 1.', { exact: true })).toHaveValue(
      'Công tác xây dựng Đảng và hệ thống chính trị',
    );
    await expect(page.getByLabel('Tiêu đề mục 2.', { exact: true })).toHaveValue(
      'Lãnh đạo phát triển kinh tế - xã hội',
    );
    await expect(page.getByRole('main').locator('sup.footnote-ref')).toHaveCount(1);
    const table = page.getByRole('main').locator('table').filter({ hasText: 'Năm 2024' });
    await expect(table).toContainText('1.284');
    await expect(page.getByRole('tab', { name: /^II\. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2024/ })).toBeVisible();
  };
  await checkDraft();
  await page.reload();
  await checkDraft();

  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Danh sách bản nháp' }).locator('li')).toHaveCount(1);
});

test('the app’s own export of the sample report, dropped on the home screen, becomes a draft with its chapters and footnotes', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByText('Chưa có bản nháp nào')).toBeVisible();
  await drop(page, 'So ket KL23.docx', sampleDocx, DOCX_MIME);

  const review = page.getByRole('dialog', { name: 'Mở báo cáo Word: So ket KL23.docx' });
  await expect(summaryValue(page, 'Nội dung')).toHaveText('3 chương, 5 mục');
  await expect(summaryValue(page, 'Chú thích cuối trang')).toHaveText('2 chú thích');
  await expect(summaryValue(page, 'Nơi nhận')).toHaveText('6 nơi nhận');
  await expect(review.getByRole('radio', { name: /sơ kết \/ tổng kết.*\(khớp nhất\)/ })).toBeChecked();
  await expect(review).toContainText('Mọi nội dung của tệp đã được mang sang bản nháp.');
  await review.getByRole('button', { name: 'Tạo bản nháp' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin chung' })).toBeVisible();
  await expect(page.getByLabel('Cơ quan ban hành')).toHaveValue('HUYỆN ỦY TAM ĐƯỜNG');
  for (const chapter of [/^I\. ĐẶC ĐIỂM TÌNH HÌNH/, /^II\. KẾT QUẢ TRIỂN KHAI/, /^III\. NHIỆM VỤ, GIẢI PHÁP/]) {
    await expect(page.getByRole('tab', { name: chapter })).toBeVisible();
  }
  await page.getByRole('tab', { name: /^II\. KẾT QUẢ TRIỂN KHAI/ }).click();
  // Chapter II's headings as the sample has them: 1., 2. (with 2.1., 2.2.) and 3.
  const chapterTwo = (JSON.parse(await readFile(SAMPLE, 'utf8')) as { report: { sections: Heading[] } }).report
    .sections[1]!;
  const expected: [string, string][] = [];
  chapterTwo.children.forEach((c, i) => {
    expected.push([`${i + 1}.`, c.heading]);
    c.children.forEach((g, j) => expected.push([`${i + 1}.${j + 1}.`, g.heading]));
  });
  expect(expected.map(([n]) => n)).toEqual(['1.', '2.', '2.1.', '2.2.', '3.']);
  for (const [number, heading] of expected)
    await expect(page.getByLabel(`Tiêu đề mục ${number}`, { exact: true })).toHaveValue(heading);
  await expect(page.getByRole('main').locator('sup.footnote-ref')).toHaveCount(2);
});

test('a draft file (.baocao.json) dropped on the home screen opens as a draft, routed by its content', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByText('Chưa có bản nháp nào')).toBeVisible();
  await drop(page, 'tam-duong.baocao.json', await readFile(SAMPLE), 'application/json');
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin chung' })).toBeVisible();
  await expect(page.getByLabel('Cơ quan ban hành')).toHaveValue('HUYỆN ỦY TAM ĐƯỜNG');
  await expect(page.getByRole('dialog')).toHaveCount(0); // no Word review: it went to the draft file reader
});

test('a .doc and a file that is not a zip are refused in Vietnamese, and no draft is made', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Chưa có bản nháp nào')).toBeVisible();
  const errorDialog = page.getByRole('dialog', { name: 'Không mở được tệp' });

  const ole = new Uint8Array(4096);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  await page
    .getByTestId('word-file-input')
    .setInputFiles({ name: 'Báo cáo quý III.doc', mimeType: 'application/msword', buffer: Buffer.from(ole) });
  await expect(errorDialog).toContainText('Tệp “Báo cáo quý III.doc” là văn bản Word 97–2003 (.doc)');
  await expect(errorDialog).toContainText('Tệp > Lưu thành > Word Document (.docx)');
  await errorDialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(errorDialog).toBeHidden();

  await drop(page, 'bao-cao.docx', new TextEncoder().encode('Đây là ghi chú, không phải tệp Word.'), DOCX_MIME);
  await expect(errorDialog).toContainText('Tệp “bao-cao.docx” không phải tệp Word (.docx)');
  await errorDialog.getByRole('button', { name: 'Đóng' }).click();

  await expect(page.getByText('Chưa có bản nháp nào')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Chưa có bản nháp nào')).toBeVisible();
});
