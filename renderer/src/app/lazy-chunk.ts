/**
 * A code chunk loaded on demand, whose module can be had synchronously once loaded. Screens render it through
 * `useChunk` rather than React's `lazy`: a `lazy` component commits a Suspense fallback first (React then
 * holds a resolved boundary back until 300 ms after its fallback appeared), and swapping a `lazy` component for
 * the loaded one later would remount the screen and lose its state.
 */
import { useEffect, useState } from 'react';

export interface LazyChunk<T> {
  load(): Promise<T>;
  /** The module when it has already been loaded, else null. */
  loaded(): T | null;
}

export function lazyChunk<T>(importer: () => Promise<T>): LazyChunk<T> {
  let loaded: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    load: () =>
      (loading ??= importer().then(
        (m) => (loaded = m),
        (error: unknown) => {
          loading = null; // a later call tries again
          throw error;
        },
      )),
    loaded: () => loaded,
  };
}

/**
 * The chunk's module once loaded (null before), loading it while `wanted`. A chunk that cannot be loaded is
 * thrown to the error boundary, which explains it in Vietnamese and offers a reload.
 */
export function useChunk<T>(chunk: LazyChunk<T>, wanted: boolean): T | null {
  const [module, setModule] = useState<{ value: T } | null>(() => {
    const m = chunk.loaded();
    return m ? { value: m } : null;
  });
  const [error, setError] = useState<{ error: unknown } | null>(null);
  // Loaded since this component mounted (e.g. preloaded on idle): used at once, without a render in between.
  const ready = module?.value ?? chunk.loaded();
  useEffect(() => {
    if (ready !== null || !wanted) return;
    let alive = true;
    chunk.load().then(
      (value) => alive && setModule({ value }),
      (e: unknown) => alive && setError({ error: e }),
    );
    return () => {
      alive = false;
    };
  }, [chunk, ready, wanted]);
  if (error) throw error.error;
  return ready;
}
