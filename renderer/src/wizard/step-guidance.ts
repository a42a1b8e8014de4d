/**
 * What the guidance panel beside the form says for a step: the outline's guidance for that part of the
 * report, and before export what to read again.
 */
import { findOutlineNode } from '../../../core/model/new-report';
import type { Report } from '../../../core/model/report-schema';
import type { WizardStep } from '../../../core/model/wizard-steps';
import type { Template } from '../../../core/templates/template-schema';
import type { GuidanceItem } from './guidance-panel';

export function stepGuidance(step: WizardStep, report: Report, template: Template | undefined): GuidanceItem[] {
  if (!template) return [];
  switch (step.kind) {
    case 'general':
      return [
        { heading: 'Thông tin chung', text: template.header.guidance },
        { heading: 'Phần mở đầu', text: template.opening.guidance },
      ];
    case 'chapter': {
      const section = report.sections.find((s) => s.id === step.sectionId);
      const node = findOutlineNode(template.chapters, section?.outlineKey);
      return node ? [{ heading: node.heading, text: node.guidance }] : [{ heading: '', text: 'Chương do bạn thêm: đặt tên chương viết in hoa, chia thành các mục 1., 2., … nếu cần.' }];
    }
    case 'closing':
      return [{ heading: 'Nơi nhận và người ký', text: template.closing.guidance }];
    case 'appendices':
      return [{ heading: 'Phụ lục', text: 'Đưa vào phụ lục những biểu số liệu, danh sách dài làm rối phần chính của báo cáo. Mỗi phụ lục có tên riêng và dòng “Kèm theo Báo cáo số …” để ghép đúng với báo cáo khi lưu trữ. Bảng nhiều cột thì chọn trang ngang.' }];
    case 'review':
      return [{ heading: 'Trước khi xuất', text: 'Đọc lại toàn bộ bản xem trước: số liệu, tên văn bản được trích dẫn, chú thích. Tệp DOCX được trình bày theo Hướng dẫn 36-HD/VPTW.' }];
  }
}
