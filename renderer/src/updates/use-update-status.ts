/** The online-update status from main: fetched once, then kept current by main's pushes. */
import { useEffect, useState } from 'react';
import type { RendererApi, UpdateStatusResponse } from '../../../electron/ipc/channels';

export function useUpdateStatus(
  api: RendererApi | undefined,
): [UpdateStatusResponse | null, (next: UpdateStatusResponse) => void, string | null] {
  const [status, setStatus] = useState<UpdateStatusResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!api) return undefined;
    let alive = true;
    api.updateStatus().then(
      (s) => alive && setStatus(s),
      (e: unknown) =>
        alive && setError(e instanceof Error ? e.message : 'Không đọc được trạng thái cập nhật. Hãy thử lại.'),
    );
    const off = api.onUpdateStatus((online) => setStatus((s) => (s ? { ...s, online } : s)));
    return () => {
      alive = false;
      off();
    };
  }, [api]);
  return [status, setStatus, error];
}
