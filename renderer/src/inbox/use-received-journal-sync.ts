/** On the desktop, once per opening of "Nhận báo cáo": IndexedDB and main's store of received reports agree. */
import { useEffect } from 'react';
import type { DraftsDb } from '../db/drafts-db';
import { syncReceivedWithJournal, type ReceivedJournalApi } from './received-journal';

export function useReceivedJournalSync(
  db: DraftsDb,
  api: ReceivedJournalApi | undefined,
  report: (notice: string | null, error: string | null) => void,
): void {
  useEffect(() => {
    if (!api) return;
    let live = true;
    void syncReceivedWithJournal(db, api)
      .then(({ restored, problems }) => {
        if (!live) return;
        report(
          restored > 0 ? `Đã lấy lại ${restored} báo cáo đã nhận từ kho lưu trên máy.` : null,
          problems.length > 0 ? problems.join(' ') : null,
        );
      })
      .catch((error: unknown) => {
        console.error('[received] sync with the journal failed', error);
        if (live)
          report(
            null,
            'Không đối chiếu được báo cáo đã nhận với kho lưu trên máy. Hãy mở lại màn hình “Nhận báo cáo”; nếu vẫn lỗi, hãy khởi động lại ứng dụng.',
          );
      });
    return () => {
      live = false;
    };
  }, [db, api, report]);
}
