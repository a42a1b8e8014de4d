/**
 * Where the specs leave the screenshots a reviewer looks at (README's come from `npx tsx scripts/render-docs.ts`
 * and page-preview.spec.ts): inside test-results/, which git ignores and every run starts empty.
 */
import { join } from 'node:path';

export const SCREENSHOTS_DIR = join('test-results', 'screenshots');

export const screenshotPath = (name: string): string => join(SCREENSHOTS_DIR, name);
