/**
 * Why a package is refused: a stable code for tests and logs, and the Vietnamese sentence shown to the
 * user (what happened, what to do). Every check of the verifier ends in one of these.
 */
export type RefusalCode =
  | 'too-large'
  | 'corrupt'
  | 'unsafe-entry'
  | 'unsafe-archive'
  | 'too-slow'
  | 'missing-entry'
  | 'extra-entry'
  | 'bad-signature'
  | 'bad-manifest'
  | 'size-mismatch'
  | 'hash-mismatch'
  | 'wrong-kind'
  | 'rollback'
  | 'same-version'
  | 'too-old-to-update'
  | 'expired'
  | 'invalid-content';

const ASK_AGAIN = 'Hãy xin lại gói từ đơn vị phát hành (Văn phòng Tỉnh ủy) và chép lại vào USB.';

export const REFUSAL_MESSAGES: Readonly<Record<RefusalCode, string>> = {
  'too-large': `Tệp lớn hơn mức cho phép nên không phải gói hợp lệ; ứng dụng không mở nó. ${ASK_AGAIN}`,
  corrupt: `Tệp gói bị hỏng hoặc bị cắt cụt (có thể do rút USB khi đang chép). ${ASK_AGAIN}`,
  'unsafe-entry': `Gói chứa tên tệp nguy hiểm (trỏ ra ngoài thư mục cài đặt) nên bị từ chối. Không dùng gói này; ${ASK_AGAIN.charAt(0).toLowerCase()}${ASK_AGAIN.slice(1)}`,
  'unsafe-archive': `Tệp gói có cấu trúc nén bất thường (nhiều tệp dùng chung một dữ liệu, tỉ lệ nén quá cao hoặc quá nhiều tệp) — kiểu “bom nén” làm treo máy — nên bị từ chối mà không giải nén. Không dùng gói này; ${ASK_AGAIN.charAt(0).toLowerCase()}${ASK_AGAIN.slice(1)}`,
  'too-slow': `Kiểm tra gói mất quá nhiều thời gian nên ứng dụng đã dừng lại để máy không bị treo; gói không được dùng. Nếu máy đang bận, hãy đóng bớt chương trình rồi thử lại; nếu vẫn vậy, ${ASK_AGAIN.charAt(0).toLowerCase()}${ASK_AGAIN.slice(1)}`,
  'missing-entry': `Gói thiếu tệp bắt buộc (bản kê hoặc chữ ký). ${ASK_AGAIN}`,
  'extra-entry': `Gói chứa tệp không có trong bản kê đã ký nên bị từ chối. ${ASK_AGAIN}`,
  'bad-signature': `Chữ ký số của gói không hợp lệ: gói đã bị sửa đổi hoặc không do đơn vị phát hành ký. Không dùng gói này; ${ASK_AGAIN.charAt(0).toLowerCase()}${ASK_AGAIN.slice(1)}`,
  'bad-manifest': `Bản kê của gói không đúng định dạng ứng dụng hiểu được. ${ASK_AGAIN}`,
  'size-mismatch': `Kích thước tệp trong gói khác với bản kê đã ký: gói bị hỏng hoặc bị sửa đổi. ${ASK_AGAIN}`,
  'hash-mismatch': `Nội dung tệp trong gói khác với bản kê đã ký (mã SHA-512 không khớp): gói đã bị sửa đổi. ${ASK_AGAIN}`,
  'wrong-kind':
    'Tệp này không phải loại gói cần dùng ở đây (gói cập nhật và gói đề cương là hai loại khác nhau). Hãy chọn đúng tệp.',
  rollback:
    'Gói chứa phiên bản cũ hơn phiên bản đã cài hoặc đã thấy trước đây; ứng dụng không hạ cấp. Hãy dùng gói mới nhất.',
  'same-version': 'Phiên bản trong gói đã được cài đặt rồi; không cần cài lại.',
  'too-old-to-update':
    'Phiên bản đang cài quá cũ để cập nhật thẳng lên phiên bản này. Hãy cài phiên bản trung gian trước (hỏi đơn vị phát hành).',
  expired:
    'Gói đã hết hạn sử dụng (có thể đã có bản mới hơn). Hãy xin gói mới nhất từ đơn vị phát hành; nếu ngày giờ máy tính sai, hãy chỉnh lại.',
  'invalid-content': `Nội dung đề cương hoặc bộ quy tắc trong gói không hợp lệ nên không cài. ${ASK_AGAIN}`,
};

export interface Refusal {
  ok: false;
  code: RefusalCode;
  message: string;
  /** Technical detail for logs and the CLI (English or field paths), never shown alone to the user. */
  detail?: string;
}

export function refuse(code: RefusalCode, detail?: string): Refusal {
  return detail === undefined
    ? { ok: false, code, message: REFUSAL_MESSAGES[code] }
    : { ok: false, code, message: REFUSAL_MESSAGES[code], detail };
}
