/**
 * The receiving office's stick in the inbox specs: a folder of bundles (inbox-node.ts `write-stick`) shown as the
 * removable drive "VĂN THƯ", and the clerk's way to it in "Nhận báo cáo".
 */
import type { Page } from '@playwright/test';
import type { UsbDouble } from './usb-bridge';

export function insertInboxStick(usb: UsbDouble, stick: string): void {
  usb.setDrives([
    { mountPath: stick, label: 'VĂN THƯ', fileSystem: 'vfat', freeBytes: null, sizeBytes: null, readOnly: false },
  ]);
}

/** "Nhận báo cáo" in the app bar, the stick, then "Đọc báo cáo". */
export async function readInboxStick(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Nhận báo cáo' }).click();
  await page
    .getByRole('list', { name: 'Nơi nhận báo cáo' })
    .getByRole('button', { name: /VĂN THƯ/ })
    .click({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Đọc báo cáo' }).click();
}
