/** The two fields above a table (editor and read-only view alike): its caption and the unit line, printed as typed. */
export const TABLE_FIELDS = [
  {
    attr: 'caption',
    label: 'Tên bảng',
    placeholder: 'Tên bảng (nếu có), ví dụ: Biểu 1: Kết quả kết nạp đảng viên',
    maxLength: 500,
  },
  {
    attr: 'unit',
    label: 'Đơn vị tính',
    placeholder: 'Dòng đơn vị tính (nếu có), ví dụ: Đơn vị tính: người',
    maxLength: 200,
  },
] as const;
