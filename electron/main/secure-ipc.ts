/**
 * The only place that registers IPC handlers (S-17; lint forbids `ipcMain.handle` elsewhere). Every
 * request must come from the main frame of an app-origin page and match the channel's zod schema
 * before the handler runs; refusals and unexpected failures come back as a Vietnamese error response
 * rather than a raw exception (which would leak stack traces and arrive in English). A handler's request
 * and response types, and the schema, come from the channel's entry in electron/ipc/channels.ts.
 */
import {
  IPC_TABLE,
  type Channel,
  type ChannelEntry,
  type ChannelEntryOf,
  type EntryRequest,
  type EntryResponse,
  type IpcErrorResponse,
} from '../ipc/channels';
import { isAppUrl } from './security-policy';

/** The parts of Electron's WebFrameMain/IpcMainInvokeEvent that are checked; fakes satisfy them. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
}
export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
  readonly sender: { readonly mainFrame: SenderFrame };
}
export interface IpcMainLike<E extends InvokeEvent> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
}

type RequestOf<C extends Channel> = EntryRequest<ChannelEntryOf<C>>;
type ResponseOf<C extends Channel> = EntryResponse<ChannelEntryOf<C>>;
export type SecureHandler<C extends Channel, E extends InvokeEvent> = (
  request: RequestOf<C>,
  event: E,
) => Promise<ResponseOf<C>>;

/** Each table entry by its wire name. */
const ENTRIES: ReadonlyMap<string, ChannelEntry> = new Map(
  Object.values(IPC_TABLE).map((entry) => [entry.channel, entry]),
);

export const IPC_MESSAGES = {
  foreignSender:
    'Yêu cầu bị từ chối vì không đến từ cửa sổ chính của ứng dụng. Hãy thao tác lại trong cửa sổ Soạn Báo Cáo.',
  invalidRequest:
    'Yêu cầu gửi đến ứng dụng không hợp lệ (dữ liệu sai dạng). Hãy thử lại; nếu vẫn lỗi, hãy khởi động lại ứng dụng.',
  unexpected: 'Đã xảy ra lỗi không mong muốn khi xử lý yêu cầu. Hãy thử lại; nếu vẫn lỗi, hãy khởi động lại ứng dụng.',
} as const;

/** True when the event comes from the top-level frame of an app page (not an iframe, not elsewhere). */
export function isTrustedSender(event: InvokeEvent): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame === undefined) return false;
  const main = event.sender.mainFrame;
  // Compared by ids: Electron may hand out distinct WebFrameMain objects for the same frame.
  const isMainFrame = frame.parent === null && frame.processId === main.processId && frame.routingId === main.routingId;
  return isMainFrame && isAppUrl(frame.url);
}

/** Typed on its own: checking a literal against the generic response union is too complex for tsc. */
const refusal = (message: string): IpcErrorResponse => ({ status: 'error', message });

export function secureHandle<C extends Channel, E extends InvokeEvent>(
  ipcMain: IpcMainLike<E>,
  channel: C,
  handler: SecureHandler<C, E>,
  log: (message: string, error?: unknown) => void = (message, error) => console.error(message, error ?? ''),
): void {
  const entry = ENTRIES.get(channel);
  // Unreachable for a typed caller; a registration without a schema must never happen silently.
  if (!entry) throw new Error(`[ipc] ${channel} is not in the channel table`);
  const schema = entry.request;
  ipcMain.handle(channel, async (event, ...args): Promise<ResponseOf<C> | IpcErrorResponse> => {
    if (!isTrustedSender(event)) {
      log(`[ipc] ${channel}: refused a request from ${event.senderFrame?.url ?? 'a closed frame'}`);
      return refusal(IPC_MESSAGES.foreignSender);
    }
    const parsed = args.length === 1 ? schema.safeParse(args[0]) : undefined;
    if (!parsed?.success) {
      log(`[ipc] ${channel}: invalid request`);
      return refusal(IPC_MESSAGES.invalidRequest);
    }
    try {
      return await handler(parsed.data as RequestOf<C>, event);
    } catch (error) {
      log(`[ipc] ${channel}: handler failed`, error);
      return refusal(IPC_MESSAGES.unexpected);
    }
  });
}
