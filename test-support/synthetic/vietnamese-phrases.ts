/**
 * Vocabulary for synthetic reports: phrases in the register of a Party committee report (sample report
 * shared/samples/tam-duong-so-ket-kl23-2023.txt), so text length, diacritics and line breaking behave like
 * real content in the DOCX writer, in pandoc and in LibreOffice.
 */
export const SUBJECTS = [
  'Ban Thường vụ Huyện ủy',
  'Các cấp ủy, tổ chức đảng',
  'Ủy ban nhân dân huyện',
  'Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội',
  'Ban Tuyên giáo Huyện ủy',
  'Đảng ủy các xã, thị trấn',
  'Các chi bộ trực thuộc',
  'Đội ngũ cán bộ, đảng viên',
] as const;

export const VERBS = [
  'đã tập trung lãnh đạo, chỉ đạo',
  'thường xuyên quán triệt, triển khai',
  'chủ động xây dựng kế hoạch thực hiện',
  'tăng cường kiểm tra, giám sát việc thực hiện',
  'quan tâm đẩy mạnh công tác tuyên truyền về',
  'phối hợp chặt chẽ trong việc tổ chức thực hiện',
  'kịp thời đôn đốc, hướng dẫn',
] as const;

export const OBJECTS = [
  'các chủ trương, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước',
  'nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh trên địa bàn',
  'công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh',
  'việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'công tác bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch',
  'chương trình mục tiêu quốc gia xây dựng nông thôn mới và giảm nghèo bền vững',
  'công tác cải cách hành chính, chuyển đổi số trong các cơ quan đảng',
  'việc ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống',
] as const;

export const TAILS = [
  'góp phần nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên và Nhân dân',
  'tạo sự thống nhất cao trong nội bộ và sự đồng thuận trong xã hội',
  'qua đó từng bước khắc phục những hạn chế, yếu kém đã được chỉ ra',
  'bảo đảm đúng tiến độ, chất lượng theo kế hoạch đề ra',
  'được cấp ủy cấp trên ghi nhận, đánh giá cao',
  'nhất là ở các xã vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số',
] as const;

export const HEADING_TOPICS = [
  'Công tác lãnh đạo, chỉ đạo, quán triệt, triển khai thực hiện',
  'Kết quả thực hiện các nhiệm vụ trọng tâm',
  'Công tác tuyên truyền, giáo dục chính trị tư tưởng',
  'Công tác kiểm tra, giám sát và thi hành kỷ luật đảng',
  'Công tác xây dựng tổ chức cơ sở đảng và đảng viên',
  'Phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh',
  'Công tác dân vận và hoạt động của Mặt trận, các đoàn thể',
  'Công tác cải cách hành chính và chuyển đổi số',
] as const;

export const CHAPTER_HEADINGS = [
  'ĐẶC ĐIỂM TÌNH HÌNH',
  'KẾT QUẢ TRIỂN KHAI THỰC HIỆN',
  'HẠN CHẾ, NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM',
  'PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
  'ĐỀ XUẤT, KIẾN NGHỊ',
] as const;

export const DOCUMENT_KINDS = ['Kế hoạch', 'Công văn', 'Hướng dẫn', 'Chỉ thị', 'Quyết định', 'Thông báo'] as const;
export const DOCUMENT_CODES = ['KH/HU', 'CV/HU', 'HD/BTG', 'CT/HU', 'QĐ/HU', 'TB/HU'] as const;

export const UNITS = [
  'Xã Bản Bo',
  'Xã Bình Lư',
  'Xã Nà Tăm',
  'Xã Sơn Bình',
  'Thị trấn Tam Đường',
  'Xã Khun Há',
  'Xã Hồ Thầu',
  'Xã Thèn Sin',
] as const;
