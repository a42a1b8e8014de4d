/**
 * Spell check in real Chromium, offline: a misspelt syllable gets the wavy underline, its menu offers the word
 * meant and applies it; "Thêm vào từ điển của đơn vị" stops a flag for good (after a reload too); the minority
 * tone-mark spelling of a word is flagged with the majority as the fix; the toolbar switch turns it all off.
 * No request leaves the page (the dictionary is part of the app) and no CSP error is raised.
 */
import { expect, test } from '@playwright/test';
import { E2E_ORIGIN } from './helpers/e2e-origin';
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
