/**
 * Payload types of the submission API, derived from `window.soanBaoCao` (declared by the preload's
 * api.d.ts) because the renderer may not import from electron/ (lint).
 */
export type SoanBaoCaoApi = NonNullable<Window['soanBaoCao']>;
export type UsbTarget = Awaited<ReturnType<SoanBaoCaoApi['usbListDrives']>>['drives'][number];
export type UsbSubmitResponse = Awaited<ReturnType<SoanBaoCaoApi['usbSubmit']>>;
export type UsbSubmitVerified = Extract<UsbSubmitResponse, { status: 'verified' }>;
export type UsbSubmitProgress = Parameters<Parameters<SoanBaoCaoApi['onUsbSubmitProgress']>[0]>[0];
export type ExportHistoryItem = Extract<Awaited<ReturnType<SoanBaoCaoApi['exportHistory']>>, { status: 'ok' }>['entries'][number];
