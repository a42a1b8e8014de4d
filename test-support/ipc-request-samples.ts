/**
 * One valid request per IPC channel, as the page would send it (the preload method's argument), for the
 * table-driven tests of electron/ipc/channels.ts and the preload. Typed over the whole table: a channel
 * added without a sample does not compile.
 */
import type { z } from 'zod';
import type { IPC_TABLE, IpcMethod } from '../electron/ipc/channels';

export type RequestSample<M extends IpcMethod> = z.input<(typeof IPC_TABLE)[M]['request']>;

const draft = {
  id: 'draft_1-a',
  templateId: 'dinh-ky',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_100_000,
  lastStepKey: 'chung',
  report: { any: 'thing' },
};
const token = 'ab'.repeat(16);

export const IPC_REQUEST_SAMPLES: { [M in IpcMethod]: RequestSample<M> } = {
  exportDocx: { report: { title: 'Báo cáo' }, suggestedName: 'Báo cáo quý I.docx', draftId: 'draft_1-a' },
  appInfo: {},
  renderPreviewDocx: { report: { title: 'Báo cáo' } },
  printPreview: {},
  exportPreviewPdf: { suggestedName: 'Báo cáo quý I.pdf' },
  // The autosave's delta form: one changed record, the others kept against main's last answer.
  journalSave: {
    draft: {
      ...draft,
      report: { title: 'Báo cáo', sections: [] },
      sections: { chapterIds: ['c1'], records: [['c1', '{"childIds":[]}']], keep: ['c1-a'], base: 'cd'.repeat(16) },
    },
    reason: 'step-change',
  },
  journalList: {},
  journalRead: { id: 'draft_1-a' },
  journalTrash: { id: 'draft_1-a' },
  journalUntrash: { id: 'draft_1-a' },
  journalPurge: { id: 'draft_1-a' },
  journalRecoveryCheck: { drafts: [{ id: 'draft_1-a', updatedAt: 5 }] },
  revisionList: { id: 'draft_1-a' },
  revisionCreate: { id: 'draft_1-a', name: 'Bản gửi xin ý kiến' },
  revisionRead: { id: 'draft_1-a', revisionId: '1700000000000-3-named' },
  revisionRestore: { id: 'draft_1-a', revisionId: '1700000000000-4-auto' },
  backupList: { id: 'draft_1-a' },
  backupRestore: { id: 'draft_1-a', at: 1_700_000_000_000 },
  receivedStore: {
    identity: {
      unit: 'ĐẢNG ỦY XÃ NẬM TĂM',
      unitKey: 'dang uy xa nam tam',
      templateId: 'bao-cao-dinh-ky',
      period: { key: '6 thang dau nam 2025', label: '6 tháng đầu năm 2025' },
      symbol: '41-BC/ĐU',
      date: '2025-06-20',
      savedAt: '2025-06-21T08:00:00.000Z',
      checksum: 'a'.repeat(64),
      title: 'BÁO CÁO sơ kết 6 tháng đầu năm 2025',
    },
    report: {},
    receivedAt: 1_700_000_000_000,
  },
  receivedList: {},
  receivedRead: { reportKey: 'b'.repeat(32), checksum: 'a'.repeat(64) },
  receivedDelete: { unitKey: 'dang uy xa nam tam', templateId: 'bao-cao-dinh-ky', periodKey: '6 thang dau nam 2025' },
  draftFileSave: { draft, suggestedName: 'Báo cáo quý I.baocao.json', officeWords: ['homestay', 'nậm'] },
  draftFileOpen: {},
  outlineFileSave: { text: '{"format":"soan-bao-cao/outline"}', suggestedName: 'Đề cương sơ kết' },
  wordFileOpen: {},
  flushDone: { requestId: 'q-1', saved: true },
  usbListDrives: {},
  usbWatchDrives: { watch: true },
  usbPickFolder: {},
  usbSubmit: {
    report: { title: 'Báo cáo' },
    templateId: 'dinh-ky',
    draftId: 'draft_1-a',
    draftUpdatedAt: null,
    targetId: 'drive-1',
  },
  inboxRead: { targetId: '3f2a9c1e-7b4d-4e8a-9f00-1a2b3c4d5e6f' },
  exportHistory: { draftId: 'draft_1-a' },
  updateStatus: {},
  updateCheck: {},
  updateDownload: {},
  updateInstallNow: {},
  updateUsbPick: {},
  updateUsbInstall: { token },
  templatesList: {},
  templatePackPick: {},
  templatePackInstall: { token },
  templatePackRollback: { packId: 'tinh-uy-mau' },
};
