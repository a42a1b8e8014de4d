/**
 * What the guidance panel beside the form says for a step: the outline's guidance for that part of the
 * report, and before export which presentation rules the DOCX follows — those of the draft's own rule-set
 * (built-in or from an installed template pack), or, when this machine lacks it, what to do about that.
 */
import { findOutlineNode } from '../../../core/model/new-report';
import type { Report } from '../../../core/model/report-schema';
import type { WizardStep } from '../../../core/model/wizard-steps';
import type { RuleSetRegistry } from '../../../core/rules/rule-set-registry';
import type { Template } from '../../../core/templates/template-schema';
import type { GuidanceItem } from './guidance-panel';

/** Which rules the exported file follows; export refuses a rule-set missing here, so that is said instead. */
export function exportRulesSentence(registry: RuleSetRegistry, report: Pick<Report, 'ruleSet'>): string {
  const found = registry.get(report.ruleSet);
  return found.ok ? `Tệp DOCX được trình bày theo ${found.ruleSet.name}.` : found.message;
}

export function stepGuidance(
  step: WizardStep,
  report: Report,
  template: Template | undefined,
  registry: RuleSetRegistry,
): GuidanceItem[] {
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
      return node
        ? [
            {
              heading: node.optional ? `${node.heading} (không bắt buộc)` : node.heading,
              text: [node.guidance, ...(node.hints ?? []).map((h) => `• ${h}`)].filter(Boolean).join('\n'),
            },
          ]
        : [
            {
              heading: '',
              text: 'Chương do bạn thêm: đặt tên chương viết in hoa, chia thành các mục 1., 2., … nếu cần.',
            },
          ];
    }
    case 'closing':
      return [{ heading: 'Nơi nhận và người ký', text: template.closing.guidance }];
    case 'appendices':
      return [
        {
          heading: 'Phụ lục',
          text: 'Đưa vào phụ lục những biểu số liệu, danh sách dài làm rối phần chính của báo cáo. Mỗi phụ lục có tên riêng và dòng “Kèm theo Báo cáo số …” để ghép đúng với báo cáo khi lưu trữ. Bảng nhiều cột thì chọn trang ngang.',
        },
      ];
    case 'review':
      return [
        {
          heading: 'Trước khi xuất',
          text: `Đọc lại toàn bộ bản xem trước: số liệu, tên văn bản được trích dẫn, chú thích. ${exportRulesSentence(registry, report)}`,
        },
      ];
  }
}
