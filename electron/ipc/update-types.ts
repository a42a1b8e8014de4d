/**
 * Payloads of the online-update, USB-update and template-pack channels. Type-only; the requests are derived
 * from their zod schemas in channels.ts. The renderer never sends a path: a verified package is referred to
 * by the opaque token main handed out, and only main ever opens files (S-20, U-03).
 */

/** What the "Cập nhật" dialog shows about online updates; pushed on every change. */
export type OnlineUpdateStatus =
  | { phase: 'disabled'; message: string }
  | { phase: 'idle' }
  | { phase: 'checking' }
  | { phase: 'up-to-date' }
  | { phase: 'available'; version: string }
  | { phase: 'downloading'; percent: number }
  | { phase: 'ready'; version: string }
  | { phase: 'refused'; message: string }
  | { phase: 'error'; message: string };

export interface UpdateStatusResponse {
  currentVersion: string;
  online: OnlineUpdateStatus;
}
export type UpdateCommandResponse = { status: 'ok'; online: OnlineUpdateStatus } | { status: 'error'; message: string };
/** "Cài đặt và khởi động lại": the app closes (drafts saved first) and the verified installer starts. */
export type UpdateInstallNowResponse = { status: 'installing'; version: string } | { status: 'error'; message: string };

/** "Cập nhật từ USB…": the package is copied into the app folder and THE COPY is verified. */
export type UsbUpdatePickResponse =
  | { status: 'canceled' }
  | { status: 'refused'; message: string }
  | { status: 'error'; message: string }
  | { status: 'verified'; token: string; version: string; currentVersion: string; releasedAt: string };
export type UsbUpdateInstallResponse =
  /** Windows: the verified installer was started; the app quits so it can replace the files. */
  | { status: 'installing'; version: string }
  /** Elsewhere: nothing is run; the user installs the verified file shown here. */
  | { status: 'saved'; version: string; path: string; message: string }
  | { status: 'refused'; message: string }
  | { status: 'error'; message: string };

/** One installed outline, with where it comes from (built-in outlines are not listed here). */
export interface InstalledPackSummary {
  packId: string;
  name: string;
  activeVersion: string;
  /** Version kept for "Quay lại bản trước", or null. */
  previousVersion: string | null;
  templateNames: string[];
  ruleSetNames: string[];
}
export interface TemplatesListResponse {
  /** Validated templates (templateSchema) of every active pack; typed `unknown[]` because the renderer re-validates. */
  templates: unknown[];
  /** Validated rule-sets (ruleSetSchema) of every active pack, in pack-id order; re-validated by the renderer. */
  ruleSets: unknown[];
  packs: InstalledPackSummary[];
  /** Packs whose stored copy failed its signature or schema check; a Vietnamese sentence each. */
  problems: string[];
}
export type TemplatePackPickResponse =
  | { status: 'canceled' }
  | { status: 'refused'; message: string }
  | { status: 'error'; message: string }
  | {
      status: 'verified';
      token: string;
      packId: string;
      name: string;
      version: string;
      installedVersion: string | null;
      /** One Vietnamese line per change (describeChange). */
      changes: string[];
    };
export type TemplatePackChangeResponse =
  | { status: 'installed'; packId: string; version: string; list: TemplatesListResponse }
  | { status: 'refused'; message: string }
  | { status: 'error'; message: string };
