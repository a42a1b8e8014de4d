/**
 * Payload types of the update and template-pack API, derived from `window.soanBaoCao` (declared by the
 * preload's api.d.ts) because the renderer may not import from electron/ (lint), yet cannot drift from main.
 */
export type RendererApi = NonNullable<Window['soanBaoCao']>;
export type UpdateStatusResponse = Awaited<ReturnType<RendererApi['updateStatus']>>;
export type OnlineUpdateStatus = UpdateStatusResponse['online'];
export type UpdateCommandResponse = Awaited<ReturnType<RendererApi['updateCheck']>>;
export type UsbUpdatePickResponse = Awaited<ReturnType<RendererApi['updateUsbPick']>>;
export type UsbUpdateInstallResponse = Awaited<ReturnType<RendererApi['updateUsbInstall']>>;
export type TemplatesListResponse = Awaited<ReturnType<RendererApi['templatesList']>>;
export type InstalledPackSummary = TemplatesListResponse['packs'][number];
export type TemplatePackPickResponse = Awaited<ReturnType<RendererApi['templatePackPick']>>;
export type TemplatePackChangeResponse = Awaited<ReturnType<RendererApi['templatePackInstall']>>;
