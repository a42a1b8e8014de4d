/**
 * Where the specs leave the screenshots a reviewer looks at: inside test-results/, which git ignores and every run
 * starts empty, so a test run never changes the repository (README's pictures are copied from here by hand or
 * made by `npx tsx scripts/render-docs.ts`).
 */
import { join } from 'node:path';

export const SCREENSHOTS_DIR = join('test-results', 'screenshots');

export const screenshotPath = (name: string): string => join(SCREENSHOTS_DIR, name);
