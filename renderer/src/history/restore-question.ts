/** What "Khôi phục mục này" will replace, said before it is done. */
import type { PartChange } from '../../../core/compare/report-compare';

function bodyCount(part: PartChange): string {
  const now = part.blocks.filter((b) => b.status !== 'removed');
  const tables = now.filter((b) => b.type === 'table').length;
  const paragraphs = now.length - tables;
  const notes = now.reduce(
    (n, b) => n + (b.type === 'text' ? b.footnotes : b.rows.flat().flatMap((c) => c.footnotes)).length,
    0,
  );
  const items = [
    `${paragraphs} đoạn văn`,
    ...(tables > 0 ? [`${tables} bảng`] : []),
    ...(notes > 0 ? [`chú thích của chúng`] : []),
  ];
  return items.join(', ');
}

export function restoreQuestion(part: PartChange, revisionName: string): string {
  const keep =
    'Nội dung hiện tại được lưu thành một phiên bản trong lịch sử, và có thể hoàn tác ngay sau khi khôi phục.';
  const from = `bằng nội dung trong phiên bản “${revisionName}”`;
  switch (part.kind) {
    case 'header':
      return `Thông tin chung hiện tại (cơ quan, số, ký hiệu, địa danh, ngày, tên loại và trích yếu) sẽ được thay ${from}. ${keep}`;
    case 'opening':
    case 'closing':
      return `Các đoạn văn hiện tại của ${part.label.toLowerCase()} (${bodyCount(part)}) sẽ được thay ${from}. ${keep}`;
    case 'signing':
      return `Nơi nhận và phần ký hiện tại sẽ được thay ${from}. ${keep}`;
    case 'appendix':
      return part.status === 'removed'
        ? `Phụ lục “${part.label}” đã bị xóa sẽ được đưa trở lại báo cáo ${from}. ${keep}`
        : `Tiêu đề và nội dung hiện tại của phụ lục “${part.label}” (${bodyCount(part)}) sẽ được thay ${from}. ${keep}`;
    case 'section':
      return part.status === 'removed'
        ? `Mục “${part.label}” đã bị xóa sẽ được đưa trở lại chỗ cũ, cùng các mục con của nó ${from}. ${keep}`
        : `Tiêu đề và nội dung hiện tại của mục “${part.label}” (${bodyCount(part)}) sẽ được thay ${from}. Các mục con của nó giữ nguyên như hiện tại. ${keep}`;
  }
}
