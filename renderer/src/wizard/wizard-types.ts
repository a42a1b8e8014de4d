import type { Report } from '../../../core/model/report-schema';

/** Every edit of the open report goes through one functional update, so edits never overwrite each other. */
export type UpdateReport = (change: (report: Report) => Report) => void;
