/**
 * The shape of one IPC channel and the types derived from it. channels.ts lists every channel once with
 * `defineChannel`; the preload's methods, main's `secureHandle` typing and the renderer's `window.soanBaoCao`
 * type all come from that list, so a channel cannot be wired with a request or response it does not declare.
 */
import type { z } from 'zod';

/**
 * What main returns instead of throwing when a request is refused (wrong sender, invalid payload) or its
 * handler fails unexpectedly; `message` is a Vietnamese sentence for the user.
 */
export interface IpcErrorResponse {
  status: 'error';
  message: string;
}

export function isIpcErrorResponse(value: unknown): value is IpcErrorResponse {
  return (
    typeof value === 'object' &&
    value !== null &&
    'status' in value &&
    value.status === 'error' &&
    'message' in value &&
    typeof value.message === 'string'
  );
}

/**
 * How the page receives main's `IpcErrorResponse`:
 * - 'return': the response type has that error variant, so the preload hands it over like any answer;
 * - 'throw': the response has no error variant, so the preload rejects with main's Vietnamese message.
 */
export type ErrorStyle = 'return' | 'throw';

/** 'return' is allowed only when main's refusal is one of the response's own variants. */
type ErrorStyleFor<R> = [IpcErrorResponse] extends [R] ? ErrorStyle : 'throw';

/** Every request is one object (no-argument methods send `{}`), checked by a strict zod object in main. */
export type RequestSchema = z.ZodObject;

declare const responseType: unique symbol;

export interface ChannelEntry<
  C extends string = string,
  S extends RequestSchema = RequestSchema,
  R = unknown,
  E extends ErrorStyle = ErrorStyle,
> {
  /** The string on the wire (`ipcRenderer.invoke` / `ipcMain.handle`). */
  readonly channel: C;
  /** Checked by main before the handler runs; its input type is the preload method's argument. */
  readonly request: S;
  readonly errors: E;
  /** Type only (never present at run time): what main's handler answers. */
  readonly [responseType]?: R;
}

/**
 * One table entry. Curried so the response type is written out while the rest is inferred:
 * `defineChannel<AppInfoResponse>()({ channel: 'app:info', request: z.strictObject({}), errors: 'throw' })`.
 */
export function defineChannel<R>() {
  return <const C extends string, S extends RequestSchema, E extends ErrorStyleFor<R>>(entry: {
    channel: C;
    request: S;
    errors: E;
  }): ChannelEntry<C, S, R, E> => entry;
}

export type EntryRequest<T extends ChannelEntry> = z.output<T['request']>;
export type EntryResponse<T extends ChannelEntry> = T extends ChannelEntry<string, RequestSchema, infer R> ? R : never;

/** The preload method of an entry: no parameter when the request object has no fields. */
export type ChannelMethod<T extends ChannelEntry> = [keyof T['request']['shape']] extends [never]
  ? () => Promise<EntryResponse<T>>
  : (request: z.input<T['request']>) => Promise<EntryResponse<T>>;

export type ChannelMethods<Table extends Record<string, ChannelEntry>> = {
  [M in keyof Table]: ChannelMethod<Table[M]>;
};

/** main → renderer events: the preload's `onX(listener)` returns an unsubscribe function. */
export type SubscriptionMethods<Payloads> = {
  [K in keyof Payloads]: (listener: (payload: Payloads[K]) => void) => () => void;
};
