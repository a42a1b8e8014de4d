/**
 * "So sánh với hiện tại" in the version history, with the REAL journal code behind window.soanBaoCao: a named
 * version, then edits to a paragraph, its footnote, a table cell and a sub-section; the comparison shows the
 * removed and added words in the right section, footnote and cell; "Khôi phục mục này" brings the chapter back
 * alone (its sub-section keeps today's text), and that survives a reload.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Report } from '../core/model/report-schema';
import { minimalReport } from '../test-support/report-builder';
import { buildTable } from '../test-support/statistics-tables';
import { startDesktop } from './helpers/desktop-bridge';
import { seedVersion1Database } from './helpers/seed-v1-db';
import { waitForSaved } from './helpers/wizard-page';
import { SCREENSHOTS_DIR } from './helpers/screenshot-path';

const SHOTS = SCREENSHOTS_DIR;

function report(): Report {
  return minimalReport({
    title: 'kết quả công tác xây dựng Đảng 6 tháng đầu năm 2023',
    sections: [
      {
        id: 'ket-qua',
        heading: 'KẾT QUẢ THỰC HIỆN',
        blocks: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Toàn huyện kết nạp 45 đảng viên mới.' },
              {
                type: 'footnote',
                paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: 'Số liệu đến ngày 31/5/2023.' }] }],
              },
            ],
          },
          buildTable(1, [
            ['TT', 'Chi bộ', 'Đảng viên'],
            ['1', 'Chi bộ thôn Nà Khuổi', '32'],
          ]),
        ],
        children: [
          {
            id: 'to-chuc',
            heading: 'Công tác tổ chức',
            blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kiện toàn 3 chi bộ trực thuộc.' }] }],
            children: [],
          },
        ],
      },
      {
        id: 'nhiem-vu',
        heading: 'NHIỆM VỤ',
        blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Tiếp tục thực hiện Kết luận.' }] }],
        children: [],
      },
    ],
  });
}

/**
 * Selects `text` inside an editor and types over it, as a clerk does by dragging over a word. Waits until the
 * editor has taken the selection (ProseMirror reads it on `selectionchange`), so the typing replaces it.
 */
async function retype(page: Page, editor: Locator, text: string, replacement: string): Promise<void> {
  await editor.click();
  await editor.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the editor`);
  }, text);
  await expect
    .poll(() =>
      editor.evaluate((root) => {
        type View = {
          state: { selection: { from: number; to: number }; doc: { textBetween(a: number, b: number): string } };
        };
        const view = (root as Element & { editor?: { view: View } }).editor?.view;
        return view ? view.state.doc.textBetween(view.state.selection.from, view.state.selection.to) : null;
      }),
    )
    .toBe(text);
  await page.keyboard.type(replacement);
}

test('compare a version with now: words marked per section, footnote and cell; restore one section; reload', async ({
  context,
  page,
}) => {
  const userData = await mkdtemp(join(tmpdir(), 'soan-compare-'));
  try {
    const main = await startDesktop(context, page, { userData });
    const r = report();
    await seedVersion1Database(page, [
      {
        id: 'so-sanh',
        templateId: 'so-ket-tong-ket',
        report: r,
        title: r.title,
        createdAt: 1,
        updatedAt: 2,
        lastStepKey: 'chapter:ket-qua',
      },
    ]);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/#/ban-nhap/so-sanh/chapter%3Aket-qua');
    const chapter = page.getByRole('textbox', { name: /^Nội dung chương I\b/ });
    const sub = page.getByRole('textbox', { name: /^Nội dung mục 1\b/ });
    await expect(chapter).toContainText('kết nạp 45 đảng viên');

    // A first edit, saved, then the version the comparison is made with.
    await retype(page, sub, '3', '4');
    await expect(sub).toHaveText('Kiện toàn 4 chi bộ trực thuộc.');
    await waitForSaved(page);
    await page.getByRole('button', { name: 'Lịch sử phiên bản' }).click();
    const panel = page.getByRole('region', { name: 'Lịch sử phiên bản' });
    await panel.getByRole('button', { name: 'Lưu phiên bản…' }).click();
    const naming = page.getByRole('dialog', { name: 'Lưu phiên bản' });
    await naming.getByLabel('Tên phiên bản').fill('Bản gửi xin ý kiến');
    await naming.getByRole('button', { name: 'Lưu' }).click();
    await expect(panel.getByRole('list', { name: 'Các phiên bản' })).toContainText('Bản gửi xin ý kiến');
    await panel.getByRole('button', { name: 'Đóng' }).click();

    // Now: a word of the chapter's paragraph, its footnote, a table cell, and the sub-section.
    await retype(page, chapter, '45', '52');
    await retype(page, chapter, '32', '35');
    await chapter.locator('sup[data-footnote]').click();
    const note = page.getByRole('dialog', { name: 'Chú thích cuối trang số 1' });
    await retype(page, note.getByRole('textbox', { name: 'Nội dung chú thích' }), '31/5', '30/6');
    await note.getByRole('button', { name: 'Lưu chú thích' }).click();
    await expect(note).toBeHidden();
    await retype(page, sub, '4', '5');
    await expect(chapter).toContainText('kết nạp 52 đảng viên');
    await expect(chapter.locator('td').filter({ hasText: '35' })).toHaveCount(1);
    await waitForSaved(page);

    await page.getByRole('button', { name: 'Lịch sử phiên bản' }).click();
    await panel.getByRole('button', { name: /^So sánh phiên bản Bản gửi xin ý kiến .* với hiện tại$/ }).click();
    const compare = page.getByRole('dialog', { name: /^So sánh “Bản gửi xin ý kiến · .*” với bản hiện tại$/ });
    const part = (name: string) => compare.getByRole('region', { name, exact: true });
    await expect(compare.getByRole('status')).toHaveText('2 mục có thay đổi, tổng cộng 4 chỗ thay đổi.');

    const results = part('KẾT QUẢ THỰC HIỆN');
    await expect(results.getByText('3 thay đổi')).toBeVisible();
    await expect(results.locator('p del')).toHaveText(['45']);
    await expect(results.locator('p ins')).toHaveText(['52']);
    const notes = results.getByRole('list', { name: 'Chú thích' });
    await expect(notes.locator('del')).toHaveText(['31/5/2023.']);
    await expect(notes.locator('ins')).toHaveText(['30/6/2023.']);
    const table = results.getByRole('table', { name: 'Bảng' });
    await expect(table.locator('td del')).toHaveText(['32']);
    await expect(table.locator('td ins')).toHaveText(['35']);

    const organisation = part('Công tác tổ chức');
    await expect(organisation.locator('del')).toHaveText(['4']);
    await expect(organisation.locator('ins')).toHaveText(['5']);
    // Unchanged parts are one collapsed line.
    const tasks = part('NHIỆM VỤ');
    await expect(tasks.getByText('Không thay đổi')).toBeVisible();
    await expect(tasks.getByRole('button', { name: 'Mở NHIỆM VỤ' })).toHaveAttribute('aria-expanded', 'false');
    await expect(tasks).not.toContainText('Tiếp tục thực hiện');
    await expect(tasks.getByRole('button', { name: 'Khôi phục mục này' })).toHaveCount(0);
    await mkdir(SHOTS, { recursive: true });
    // The picture is taken once the dialog has faded in, not half-transparent over the wizard.
    await expect(page.locator('.MuiDialog-container').first()).toHaveCSS('opacity', '1');
    await page.screenshot({ path: join(SHOTS, 'compare-view-1366x768.png') });

    // Restore the chapter alone, after a question that says what is replaced.
    await results.getByRole('button', { name: 'Khôi phục mục này' }).click();
    const ask = page.getByRole('dialog', { name: 'Khôi phục “KẾT QUẢ THỰC HIỆN”?' });
    await expect(ask).toContainText('1 đoạn văn, 1 bảng, chú thích của chúng');
    await expect(ask).toContainText('Các mục con của nó giữ nguyên như hiện tại.');
    await ask.getByRole('button', { name: 'Khôi phục mục này' }).click();
    await expect(page.getByText('Đã khôi phục mục “KẾT QUẢ THỰC HIỆN”.', { exact: false })).toBeVisible();
    // The comparison now follows the restored draft: only the sub-section still differs.
    await expect(results.getByText('Không thay đổi')).toBeVisible();
    await expect(compare.getByRole('status')).toHaveText('1 mục có thay đổi, tổng cộng 1 chỗ thay đổi.');
    await compare.getByRole('button', { name: 'Đóng' }).click();
    await expect(panel.getByRole('list', { name: 'Các phiên bản' })).toContainText(
      'Trước khi khôi phục mục “KẾT QUẢ THỰC HIỆN”',
    );
    await panel.getByRole('button', { name: 'Đóng' }).click();

    const expectRestored = async () => {
      await expect(chapter).toContainText('kết nạp 45 đảng viên');
      await expect(chapter.locator('td').filter({ hasText: /^32$/ })).toHaveCount(1);
      await expect(sub).toHaveText('Kiện toàn 5 chi bộ trực thuộc.');
      await chapter.locator('sup[data-footnote]').click();
      await expect(page.getByRole('textbox', { name: 'Nội dung chú thích' })).toHaveText('Số liệu đến ngày 31/5/2023.');
      await page
        .getByRole('dialog', { name: 'Chú thích cuối trang số 1' })
        .getByRole('button', { name: 'Hủy' })
        .click();
    };
    await expectRestored();
    await waitForSaved(page);
    await page.reload();
    await expectRestored();
    const saved = JSON.stringify((await main.journal.read('so-sanh')).report);
    expect(saved).toContain('kết nạp 45 đảng viên');
    expect(saved).toContain('Kiện toàn 5 chi bộ');
  } finally {
    await rm(userData, { recursive: true, force: true });
  }
});
