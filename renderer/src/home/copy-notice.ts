/**
 * The message after "Nhân bản": a copy is a new document, so the repository leaves out the original's number and
 * date (drafts-repository.ts); the clerk is told which of them were there and are now to be filled in again.
 */
import type { Report } from '../../../core/model/report-schema';

export function copyNotice(original: Report): string {
  // Not the title again: it is long and already on both cards, the copy's with its "Bản sao" chip.
  const made = 'Đã tạo bản sao, có nhãn “Bản sao” trong danh sách.';
  const { number, date } = original.header;
  if (number.trim() && date)
    return `${made} Số văn bản và ngày ban hành của bản gốc đã được xóa trong bản sao; hãy điền khi văn bản được cấp số.`;
  if (number.trim())
    return `${made} Số văn bản của bản gốc đã được xóa trong bản sao; hãy điền khi văn bản được cấp số.`;
  if (date) return `${made} Ngày ban hành của bản gốc đã được xóa trong bản sao; hãy điền khi ban hành.`;
  return made;
}
