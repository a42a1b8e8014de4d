/**
 * Spell check in real Chromium, offline: a misspelt syllable gets the wavy underline, its menu offers the word
 * meant and applies it; "Thêm vào từ điển của đơn vị" stops a flag for good (after a reload too); the minority
 * tone-mark spelling of a word is flagged with the majority as the fix; the toolbar switch turns it all off.
 * No request leaves the page (the dictionary is part of the app) and no CSP error is raised.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { E2E_ORIGIN } from './helpers/e2e-origin';
import { screenshotPath } from './helpers/screenshot-path';
import { createDraft, SO_KET_TEMPLATE, typeInEditor, waitForSaved } from './helpers/wizard-page';

test('underlines typos and tone-mark mixes, fixes them from the menu, learns office words, no network', async ({
  page,
}) => {
  const offOrigin: string[] = [];
  const cspErrors: string[] = [];
  page.on('request', (r) => {
    if (!(r.url().startsWith(`${E2E_ORIGIN}/`) || /^(data:|blob:)/.test(r.url()))) offOrigin.push(r.url());
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(m.text());
  });
  page.on('pageerror', (e) => cspErrors.push(e.message));

  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  const editor = page.getByRole('textbox', { name: 'Phần mở đầu', exact: true });
  // The browser's own spell check (its dictionary, its menu) stays off.
  await expect(editor).toHaveAttribute('spellcheck', 'false');
  await typeInEditor(
    page,
    'Phần mở đầu',
    'Huyện ủy Tam Đường có thười điểm chưa sát; xã có 12 homestay, công tác hòa giải, hòa hợp và hoà nhập theo Nghị quyết 06-NQ/TU của HĐND về KT-XH.',
  );

  // Only the typo and the unknown loanword; names, abbreviations, symbols and numbers are left alone.
  const unknown = editor.locator('.spelling-unknown');
  await expect(unknown).toHaveText(['thười', 'homestay'], { timeout: 20_000 });
  const tone = editor.locator('.spelling-tone');
  await expect(tone).toHaveText(['hoà']);
  // A wavy red line, drawn by the app's own styles.
  expect(await unknown.first().evaluate((el) => getComputedStyle(el).textDecorationStyle)).toBe('wavy');

  // The menu of the typo offers "thời"; choosing it replaces the word.
  await unknown.filter({ hasText: 'thười' }).click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Chính tả của “thười”' });
  await expect(menu.getByRole('menuitem', { name: 'thời', exact: true })).toBeVisible({ timeout: 10_000 });
  await menu.getByRole('menuitem', { name: 'thời', exact: true }).click();
  await expect(editor).toContainText('có thời điểm chưa sát');
  await expect(unknown).toHaveText(['homestay']);

  // The tone-mark mix: the majority spelling is offered and applied.
  await tone.click({ button: 'right' });
  const toneMenu = page.getByRole('menu', { name: 'Cách bỏ dấu của “hoà”' });
  await toneMenu.getByRole('menuitem', { name: 'hòa', exact: true }).click();
  await expect(editor).toContainText('hòa hợp và hòa nhập');
  await expect(tone).toHaveCount(0);

  // The office's own word: no longer flagged, here and after a reload.
  await unknown.click({ button: 'right' });
  await page
    .getByRole('menu', { name: 'Chính tả của “homestay”' })
    .getByRole('menuitem', { name: 'Thêm vào từ điển của đơn vị' })
    .click();
  await expect(unknown).toHaveCount(0);
  await editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Kết qủa tốt.');
  // The check ran again on the new text ("qủa" is flagged) and still knows "homestay".
  await expect(unknown).toHaveText(['qủa'], { timeout: 20_000 });
  await waitForSaved(page);

  await page.reload();
  const reloaded = page.getByRole('textbox', { name: 'Phần mở đầu', exact: true });
  await expect(reloaded).toContainText('12 homestay');
  await expect(reloaded.locator('.spelling-unknown')).toHaveText(['qủa'], { timeout: 20_000 });

  // Off from the toolbar: every underline goes, and the choice survives a reload.
  const toggle = page.getByRole('button', { name: /^Kiểm tra chính tả/ }).first();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(reloaded.locator('.spelling-unknown')).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Phần mở đầu', exact: true })).toContainText('Kết qủa tốt.');
  await expect(page.getByRole('button', { name: /^Kiểm tra chính tả/ }).first()).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await page.waitForTimeout(1000);
  await expect(page.locator('.spelling-unknown')).toHaveCount(0);

  expect(offOrigin).toEqual([]);
  expect(cspErrors).toEqual([]);
});

test('a word being corrected loses its underline at the first key and is checked again once typing pauses', async ({
  page,
}) => {
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  const editor = page.getByRole('textbox', { name: 'Phần mở đầu', exact: true });
  await typeInEditor(page, 'Phần mở đầu', 'Huyện ủy có thười điểm chưa sát.');
  const unknown = editor.locator('.spelling-unknown');
  await expect(unknown).toHaveText(['thười'], { timeout: 20_000 });

  // The caret into the word, after "thư".
  await unknown.click();
  await page.keyboard.press('End');
  for (let i = 0; i < ' điểm chưa sát.'.length + 2; i++) await page.keyboard.press('ArrowLeft');
  // Every state of the underlines from here on, as the page shows them (each change recorded: no sampling).
  await page.evaluate(() => {
    const seen: string[][] = [];
    (window as unknown as { underlineStates: string[][] }).underlineStates = seen;
    new MutationObserver(() =>
      seen.push([...document.querySelectorAll('.spelling-unknown')].map((el) => el.textContent ?? '')),
    ).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.keyboard.type('xy');
  await expect(editor).toContainText('có thưxyời điểm');
  // Still not a word: underlined again once the check has run.
  await expect(unknown).toHaveText(['thưxyời'], { timeout: 20_000 });
  const states = await page.evaluate(() => (window as unknown as { underlineStates: string[][] }).underlineStates);
  // The underline went with the first key and never covered the letters being typed.
  expect(states).toContainEqual([]);
  expect(states.filter((words) => words.some((w) => w.includes('x') && w !== 'thưxyời'))).toEqual([]);
});

test('"Bỏ qua", the office dictionary dialog, headings and footnotes checked, office words travel in the draft file', async ({
  page,
  browser,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'soan-office-words-'));
  try {
    await page.goto('/');
    await createDraft(page, SO_KET_TEMPLATE);
    const editor = page.getByRole('textbox', { name: 'Phần mở đầu', exact: true });
    await typeInEditor(page, 'Phần mở đầu', 'Xã có thười điểm phát triển homestay và karaoke.');
    const unknown = editor.locator('.spelling-unknown');
    await expect(unknown).toHaveText(['thười', 'homestay', 'karaoke'], { timeout: 20_000 });

    // "Bỏ qua trong báo cáo này": that word only, in this report.
    await unknown.filter({ hasText: 'thười' }).click({ button: 'right' });
    await page
      .getByRole('menu', { name: 'Chính tả của “thười”' })
      .getByRole('menuitem', { name: 'Bỏ qua trong báo cáo này' })
      .click();
    await expect(unknown).toHaveText(['homestay', 'karaoke']);

    // The office dictionary from the spelling button's menu: add two words, search, remove one.
    await page.getByRole('button', { name: 'Tùy chọn chính tả' }).first().click();
    await page
      .getByRole('menu', { name: 'Tùy chọn chính tả' })
      .getByRole('menuitem', { name: 'Từ điển của đơn vị…' })
      .click();
    const dictionary = page.getByRole('dialog', { name: 'Từ điển của đơn vị' });
    for (const word of ['Homestay', 'karaoke']) {
      await dictionary.getByLabel('Thêm từ').fill(word);
      await dictionary.getByRole('button', { name: 'Thêm', exact: true }).click();
    }
    const words = dictionary.getByRole('list', { name: 'Các từ của đơn vị' }).getByRole('listitem');
    await expect(words).toHaveText(['homestay', 'karaoke']);
    await expect(unknown).toHaveCount(0);
    await dictionary.getByLabel('Tìm trong từ điển').fill('kara');
    await expect(words).toHaveText(['karaoke']);
    await expect(dictionary.getByRole('status')).toHaveText('1 / 2 từ');
    await dictionary.getByRole('button', { name: 'Xóa “karaoke” khỏi từ điển' }).click();
    await dictionary.getByLabel('Tìm trong từ điển').fill('');
    await expect(words).toHaveText(['homestay']);
    await dictionary.getByRole('button', { name: 'Đóng' }).click();
    await expect(unknown).toHaveText(['karaoke'], { timeout: 20_000 });

    // The trích yếu: its unknown word is listed under it and fixed from the same menu.
    await page.getByRole('textbox', { name: 'Trích yếu' }).fill('sơ kết kết qủa mô hình homestay');
    const titleSpelling = page.getByRole('group', { name: 'Chính tả của Trích yếu' });
    await titleSpelling.getByRole('button', { name: 'Sửa chính tả “qủa”' }).click({ timeout: 20_000 });
    await page
      .getByRole('menu', { name: 'Chính tả của “qủa”' })
      .getByRole('menuitem', { name: 'quả', exact: true })
      .click();
    await expect(page.getByRole('textbox', { name: 'Trích yếu' })).toHaveValue('sơ kết kết quả mô hình homestay');
    await expect(titleSpelling).toHaveCount(0);

    // A footnote is checked as it is written.
    await editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page
      .getByRole('toolbar', { name: 'Định dạng' })
      .first()
      .getByRole('button', { name: 'Chú thích cuối trang' })
      .click();
    const note = page.getByRole('dialog', { name: 'Thêm chú thích cuối trang' });
    await page.keyboard.type('Số liệu kết qủa năm 2025.');
    await expect(note.locator('.spelling-unknown')).toHaveText(['qủa'], { timeout: 20_000 });
    await note.getByRole('button', { name: 'Lưu chú thích' }).click();
    await waitForSaved(page);

    // The draft file carries the office's words (format 3) ...
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Lưu bản nháp ra tệp' }).click();
    const file = join(dir, (await downloading).suggestedFilename());
    await (await downloading).saveAs(file);
    const saved = JSON.parse(await readFile(file, 'utf8')) as { formatVersion: number; officeWords: string[] };
    expect(saved).toMatchObject({ formatVersion: 3, officeWords: ['homestay'] });

    // ... and another PC (a fresh browser profile) adds them to its own list when it opens the file.
    const other = await browser.newContext({ baseURL: E2E_ORIGIN });
    try {
      const there = await other.newPage();
      await there.goto('/');
      await there.getByTestId('draft-file-input').setInputFiles(file);
      await expect(there.getByRole('alert').filter({ hasText: 'Đã thêm 1 từ của đơn vị' })).toBeVisible();
      const editorThere = there.getByRole('textbox', { name: 'Phần mở đầu', exact: true });
      // "homestay" came with the file; "Bỏ qua" is kept with the draft in this PC's database, not in the file.
      await expect(editorThere.locator('.spelling-unknown')).toHaveText(['thười', 'karaoke'], { timeout: 20_000 });
    } finally {
      await other.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

/** Texts before each underlined word of the editor: tells the occurrences of one word apart. */
const flagOffsets = (editor: Locator) =>
  editor.locator('.spelling-unknown').evaluateAll((els) =>
    els.map((el) => {
      const range = document.createRange();
      range.setStart(el.closest('[contenteditable]')!, 0);
      range.setEndBefore(el);
      return range.toString();
    }),
  );

/** How many occurrences the drafts database keeps as ignored once, over all drafts. */
const storedOnce = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('soan-bao-cao');
        open.onerror = () => reject(new Error('IndexedDB'));
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('spellingIgnores').objectStore('spellingIgnores').getAll();
          all.onsuccess = () => {
            db.close();
            resolve((all.result as { once: string[] }[]).reduce((n, r) => n + r.once.length, 0));
          };
        };
      }),
  );

test('"Bỏ qua" ignores one occurrence only, by keyboard, after a reload too; header fields are checked', async ({
  page,
}) => {
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  const editor = page.getByRole('textbox', { name: 'Phần mở đầu', exact: true });
  await typeInEditor(page, 'Phần mở đầu', 'Xã có thười điểm tốt và thười điểm chưa tốt.');
  const unknown = editor.locator('.spelling-unknown');
  await expect(unknown).toHaveText(['thười', 'thười'], { timeout: 20_000 });

  // The second occurrence, from its menu, with the keyboard only.
  await unknown.nth(1).click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Chính tả của “thười”' });
  await expect(menu.getByRole('menuitem', { name: 'thời', exact: true })).toBeVisible({ timeout: 10_000 });
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Thêm vào từ điển của đơn vị' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Bỏ qua trong báo cáo này' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Bỏ qua', exact: true })).toBeFocused();
  await page.screenshot({ path: screenshotPath('spelling-menu-bo-qua.png') });
  await page.keyboard.press('Enter');
  // Only that spot: the same word before it stays underlined.
  await expect(unknown).toHaveCount(1);
  expect(await flagOffsets(editor)).toEqual(['Xã có ']);
  await expect.poll(() => storedOnce(page), { timeout: 10_000 }).toBe(1);
  await waitForSaved(page);

  await page.reload();
  const reloaded = page.getByRole('textbox', { name: 'Phần mở đầu', exact: true });
  await expect(reloaded.locator('.spelling-unknown')).toHaveText(['thười'], { timeout: 20_000 });
  expect(await flagOffsets(reloaded)).toEqual(['Xã có ']);

  // Once the paragraph is edited, the occurrence ignored may not be the same word: it is checked again.
  await reloaded.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Hết.');
  await expect(reloaded.locator('.spelling-unknown')).toHaveText(['thười', 'thười'], { timeout: 20_000 });

  // A header field: its unknown word is listed under it; "Bỏ qua" there too. Capitals (names) are left alone.
  const issuer = page.getByRole('textbox', { name: 'Cơ quan ban hành' });
  await issuer.fill('ĐẢNG ỦY XÃ NẬM TĂM\nvà các đoàn thểe');
  const issuerSpelling = page.getByRole('group', { name: 'Chính tả của Cơ quan ban hành' });
  await expect(issuerSpelling.getByRole('button')).toHaveText(['thểe'], { timeout: 20_000 });
  await issuer.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('spelling-issuer-field.png') });
  await issuerSpelling.getByRole('button', { name: 'Sửa chính tả “thểe”' }).click();
  await page
    .getByRole('menu', { name: 'Chính tả của “thểe”' })
    .getByRole('menuitem', { name: 'Bỏ qua', exact: true })
    .click();
  await expect(issuerSpelling).toHaveCount(0);
  await expect(issuer).toHaveValue('ĐẢNG ỦY XÃ NẬM TĂM\nvà các đoàn thểe');
});

test('the review step lists words written in both tone styles and makes each consistent, with undo', async ({
  page,
}) => {
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  await typeInEditor(page, 'Phần mở đầu', 'Công tác hòa giải, hòa hợp và hoà nhập; văn hoá.');
  await waitForSaved(page);
  await page.getByRole('navigation', { name: 'Các bước' }).getByRole('tab', { name: 'Xem lại và xuất' }).click();
  const mixed = page.getByRole('region', { name: 'Từ viết hai kiểu bỏ dấu' });
  await expect(mixed).toContainText('1 từ được viết theo cả hai kiểu bỏ dấu: 1 chỗ kiểu mới, 2 chỗ kiểu cũ.');
  await expect(mixed).toContainText('“hoà” 1 chỗ, “hòa” 2 chỗ → “hòa”');
  await mixed.getByRole('button', { name: 'Thống nhất từng từ (1 chỗ)' }).click();
  await expect(mixed).toHaveCount(0);
  await expect(page.getByText('Đã thống nhất 1 chỗ theo cách viết nhiều hơn của từng từ.')).toBeVisible();
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(mixed).toContainText('“hoà” 1 chỗ, “hòa” 2 chỗ');
  await mixed.getByRole('button', { name: 'Thống nhất từng từ (1 chỗ)' }).click();
  await expect(mixed).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Các bước' }).getByRole('tab', { name: 'Thông tin chung' }).click();
  // Only the mixed word changed: "văn hoá", written one way only, is left as it was.
  await expect(page.getByRole('textbox', { name: 'Phần mở đầu', exact: true })).toHaveText(
    'Công tác hòa giải, hòa hợp và hòa nhập; văn hoá.',
  );
});
