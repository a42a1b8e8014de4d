/**
 * The export channel's Electron edges for the e2e bridges: the save dialog confirms the offered name inside a
 * scratch folder, and the file is written by the app's own verified writer. `exported` lists what was written.
 */
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Report } from '../../core/model/report-schema';
import type { ExportDocxDeps } from '../../node/export/export-docx';
import { realSubmissionFs } from '../../node/files/verified-write-fs';
import { writeFileVerified } from '../../node/files/verified-write';

export function exportIntoFolder<E>(
  exportDir: string,
  renderDocx: (report: Report) => Promise<Uint8Array>,
  exported: string[],
): ExportDocxDeps<E> {
  return {
    renderDocx,
    showSaveDialog: async (_event, options) => {
      await mkdir(exportDir, { recursive: true });
      return { canceled: false, filePath: join(exportDir, basename(options.defaultPath)) };
    },
    // The dialog double confirms the offered name, which main must always accept.
    explainFileName: async (_event, message) => {
      throw new Error(`name refused: ${message}`);
    },
    writeFile: async (path, data) => {
      const written = await writeFileVerified(dirname(path), basename(path), data, realSubmissionFs, {
        overwrite: true,
      });
      exported.push(written.path);
      return written;
    },
    documentsDir: () => exportDir,
    now: () => performance.now(),
    log: () => undefined,
  };
}
