/** What the clerk reads when the journal of received reports cannot do something. */
export const RECEIVED_MESSAGES = {
  invalid: (where: string) =>
    `Báo cáo vừa nhận có dữ liệu không hợp lệ (tại “${where}”) nên không được lưu vào kho trên máy. Hãy đọc lại USB rồi nhận lại; nếu vẫn lỗi, hãy đề nghị đơn vị nộp lại.`,
  identityDiffers:
    'Thông tin đơn vị, kỳ báo cáo hoặc mã kiểm tra không khớp với nội dung báo cáo nên báo cáo không được lưu vào kho trên máy. Hãy đọc lại USB rồi nhận lại.',
  tooLarge:
    'Báo cáo vừa nhận quá lớn (trên 5 MB) nên không lưu được vào kho trên máy. Hãy đề nghị đơn vị nộp lại bản gọn hơn.',
  tooManyVersions: (max: number) =>
    `Báo cáo này của đơn vị đã có ${max} phiên bản được lưu, không nhận thêm được. Hãy xóa báo cáo cũ của đơn vị trong “Báo cáo đã nhận” rồi nhận lại.`,
  tooManyReports: (max: number) =>
    `Kho báo cáo đã nhận đã có ${max} báo cáo, không nhận thêm được. Hãy xóa bớt báo cáo của các kỳ cũ rồi nhận lại.`,
  notFound:
    'Không tìm thấy báo cáo đã nhận này trong kho lưu trên máy (có thể đã bị xóa). Hãy mở lại màn hình “Nhận báo cáo”.',
  damaged: (file: string) =>
    `Bản lưu của một báo cáo đã nhận (tệp “${file}”) bị hỏng (có thể do mất điện hoặc lỗi ổ đĩa) nên không đọc lại được; tệp hỏng vẫn được giữ nguyên. Hãy nhận lại báo cáo đó từ USB hoặc đề nghị đơn vị nộp lại.`,
  diskFull:
    'Ổ đĩa máy tính đã đầy nên báo cáo vừa nhận chưa được lưu xuống đĩa. Hãy xóa bớt tệp không cần rồi nhận lại.',
  writeFailed: (code: string) =>
    `Chưa lưu được báo cáo vừa nhận xuống đĩa (lỗi ${code || 'không rõ'}). Hãy thử nhận lại; nếu lỗi kéo dài, hãy báo người hỗ trợ.`,
  listFailed: (code: string) =>
    `Không đọc được kho báo cáo đã nhận trên máy (lỗi ${code || 'không rõ'}). Hãy khởi động lại ứng dụng; nếu vẫn lỗi, hãy báo người hỗ trợ.`,
} as const;
