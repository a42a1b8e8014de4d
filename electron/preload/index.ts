/**
 * The only bridge between the page and main (S-20): one named function per IPC channel and per event,
 * nothing else. ipcRenderer itself, its events and Node globals never reach the page. The channel methods
 * are made from the table in electron/ipc/channels.ts; the events are written out because each checks its
 * payload's shape. Bundled as a single CJS file because a sandboxed preload cannot load chunks.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  API_GLOBAL,
  IPC_TABLE,
  isIpcErrorResponse,
  SUBSCRIPTIONS,
  type ChannelEntry,
  type ChannelMethods,
  type RendererApi,
  type SubscriptionPayloads,
} from '../ipc/channels';

/**
 * Sends the request (or `{}` when the channel takes none, whatever the page passed) on the entry's own
 * channel. A 'throw' entry turns main's refusal into a rejection with its Vietnamese message; a 'return'
 * entry hands it over, its response type having that error variant.
 */
function channelMethod(entry: ChannelEntry): (request?: unknown) => Promise<unknown> {
  const takesRequest = Object.keys(entry.request.shape).length > 0;
  return async (request) => {
    const response: unknown = await ipcRenderer.invoke(entry.channel, takesRequest ? request : {});
    if (entry.errors === 'throw' && isIpcErrorResponse(response)) throw new Error(response.message);
    return response;
  };
}

/** Only a payload that passes `accepts` reaches the page, never the IpcRendererEvent (it exposes `sender`). */
function subscription<K extends keyof SubscriptionPayloads>(
  name: K,
  accepts: (payload: unknown) => payload is SubscriptionPayloads[K],
  pick: (payload: SubscriptionPayloads[K]) => SubscriptionPayloads[K] = (payload) => payload,
): (listener: (payload: SubscriptionPayloads[K]) => void) => () => void {
  return (listener: (payload: SubscriptionPayloads[K]) => void) => {
    const handler = (_event: unknown, payload: unknown) => {
      if (accepts(payload)) listener(pick(payload));
    };
    ipcRenderer.on(SUBSCRIPTIONS[name], handler);
    return () => void ipcRenderer.removeListener(SUBSCRIPTIONS[name], handler);
  };
}

const isObjectWith = (payload: unknown, key: string): payload is Record<string, unknown> =>
  typeof payload === 'object' && payload !== null && key in payload;

// The one place the type system needs help: Object.fromEntries cannot know it built one method per table key.
const channelMethods = Object.fromEntries(
  Object.entries(IPC_TABLE).map(([method, entry]) => [method, channelMethod(entry)]),
) as ChannelMethods<typeof IPC_TABLE>;

export const api: RendererApi = {
  ...channelMethods,
  // Only the request's id reaches the page.
  onFlushRequest: subscription(
    'onFlushRequest',
    (payload): payload is SubscriptionPayloads['onFlushRequest'] =>
      isObjectWith(payload, 'requestId') && typeof payload.requestId === 'string',
    ({ requestId }) => ({ requestId }),
  ),
  onUsbDrivesChanged: subscription('onUsbDrivesChanged', (payload) => Array.isArray(payload)),
  onUsbSubmitProgress: subscription(
    'onUsbSubmitProgress',
    (payload): payload is SubscriptionPayloads['onUsbSubmitProgress'] => isObjectWith(payload, 'phase'),
  ),
  onInboxProgress: subscription(
    'onInboxProgress',
    (payload): payload is SubscriptionPayloads['onInboxProgress'] =>
      isObjectWith(payload, 'done') && typeof payload.done === 'number' && typeof payload.total === 'number',
    ({ done, total }) => ({ done, total }),
  ),
  onUpdateStatus: subscription(
    'onUpdateStatus',
    (payload): payload is SubscriptionPayloads['onUpdateStatus'] =>
      isObjectWith(payload, 'phase') && typeof payload.phase === 'string',
  ),
};

contextBridge.exposeInMainWorld(API_GLOBAL, api);
