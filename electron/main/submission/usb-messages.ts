/** What the USB channels tell the clerk when they cannot do what was asked: what happened, what to do. */
export const USB_MESSAGES = {
  invalidReport: 'Báo cáo có dữ liệu không hợp lệ nên chưa nộp được. Hãy kiểm tra lại nội dung báo cáo rồi thử lại.',
  unknownTarget: 'Không còn thấy USB hoặc thư mục đã chọn (có thể USB vừa bị rút ra). Hãy bấm “Làm mới” rồi chọn lại.',
  readOnly:
    'USB này đang ở chế độ chống ghi (chỉ đọc). Hãy gạt khóa chống ghi trên USB, cắm lại rồi thử lại, hoặc chọn nơi lưu khác.',
  busy: 'Đang nộp một báo cáo khác. Hãy chờ xong rồi thử lại.',
  unexpected: 'Không nộp được báo cáo do lỗi không mong đợi. Hãy thử lại hoặc chọn thư mục khác.',
  historyFailed: 'Không đọc được lịch sử xuất tệp. Hãy thử lại; việc này không ảnh hưởng đến bản nháp.',
} as const;
