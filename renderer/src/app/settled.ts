/**
 * A promise whose outcome, once settled, can also be read synchronously. Work started before React renders
 * (app-start.ts) is usually done by the first render; a screen that reads the outcome then starts on the data
 * itself, instead of committing a spinner and re-rendering one task later.
 */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface Settled<T> {
  readonly promise: Promise<T>;
  /** Undefined while pending. */
  readonly outcome: Outcome<T> | undefined;
}

export function settle<T>(promise: Promise<T>): Settled<T> {
  const settled: { promise: Promise<T>; outcome: Outcome<T> | undefined } = { promise, outcome: undefined };
  promise.then(
    (value) => {
      settled.outcome = { ok: true, value };
    },
    (error: unknown) => {
      settled.outcome = { ok: false, error };
    },
  );
  return settled;
}
