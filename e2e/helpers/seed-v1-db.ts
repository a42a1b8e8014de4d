/**
 * Writes a database exactly as release 1 of the app left it (Dexie schema version 1 = IndexedDB version 10,
 * one `drafts` store keyed by id with the updatedAt/deletedAt indexes), from a blank page of the same origin,
 * before the app has ever opened it.
 */
import type { Page } from '@playwright/test';

export async function seedVersion1Database(page: Page, records: unknown[]): Promise<void> {
  await page.route('**/seed-v1.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }),
  );
  await page.goto('/seed-v1.html');
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('soan-bao-cao', 10);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('drafts', { keyPath: 'id' });
          store.createIndex('updatedAt', 'updatedAt');
          store.createIndex('deletedAt', 'deletedAt');
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('drafts', 'readwrite');
          for (const row of rows) tx.objectStore('drafts').put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

/** The native IndexedDB version and stores of the app's database, read without Dexie. */
export async function databaseShape(page: Page): Promise<{ version: number; stores: string[]; drafts: number }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('soan-bao-cao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('drafts').objectStore('drafts').count();
          count.onsuccess = () => {
            resolve({ version: db.version, stores: [...db.objectStoreNames], drafts: count.result });
            db.close();
          };
        };
      }),
  );
}
