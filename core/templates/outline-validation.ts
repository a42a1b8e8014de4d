/**
 * What the outline editor says before it saves: the rules a clerk can break by typing (a blank name or
 * chapter heading, no chapter, nesting deeper than a report can print), each as a Vietnamese sentence tied to the
 * field it is about, and then the very schema of assets/templates, so whatever the editor saves is an outline
 * the app loads like a built-in one.
 */
import { LIMITS } from '../model/report-schema';
import { templateSchema, type OutlineNode, type Template } from './template-schema';

export interface OutlineProblem {
  /** Dotted path of the field: "name", "chapters.1.children.0.heading", … */
  path: string;
  message: string;
}

function nodeProblems(nodes: readonly OutlineNode[], at: string, depth: number, seen: Set<string>): OutlineProblem[] {
  const problems: OutlineProblem[] = [];
  nodes.forEach((node, i) => {
    const path = `${at}.${i}`;
    // A section may be left unnamed for the clerk to name in each report (as "Nội dung thứ nhất" in so-ket-tong-ket); a chapter may not.
    if (depth === 1 && !node.heading.trim())
      problems.push({ path: `${path}.heading`, message: 'Hãy nhập tên chương.' });
    if (depth > LIMITS.depth)
      problems.push({
        path: `${path}.heading`,
        message: `Mục này lồng quá ${LIMITS.depth} cấp, báo cáo không in được. Hãy đưa mục ra ngoài (nút “Lùi ra”).`,
      });
    if (seen.has(node.key))
      problems.push({
        path: `${path}.heading`,
        message: 'Mục này trùng mã với một mục khác của đề cương. Hãy xóa một trong hai rồi thêm lại.',
      });
    seen.add(node.key);
    problems.push(...nodeProblems(node.children ?? [], `${path}.children`, depth + 1, seen));
  });
  return problems;
}

function schemaMessage(code: string | undefined, maximum: unknown): string {
  if (code === 'too_big')
    return typeof maximum === 'number'
      ? `Nội dung quá dài hoặc quá nhiều mục (tối đa ${maximum}). Hãy rút gọn.`
      : 'Nội dung quá dài. Hãy rút gọn.';
  return 'Giá trị này không hợp lệ. Hãy sửa lại.';
}

export function validateOutline(template: Template): OutlineProblem[] {
  const problems: OutlineProblem[] = [];
  if (!template.name.trim()) problems.push({ path: 'name', message: 'Hãy đặt tên cho đề cương.' });
  if (!template.docType.trim())
    problems.push({ path: 'docType', message: 'Hãy nhập tên loại văn bản, ví dụ “BÁO CÁO”.' });
  if (template.chapters.length === 0)
    problems.push({ path: 'chapters', message: 'Đề cương phải có ít nhất một chương. Hãy bấm “Thêm chương”.' });
  problems.push(...nodeProblems(template.chapters, 'chapters', 1, new Set()));
  if (problems.length > 0) return problems;
  const parsed = templateSchema.safeParse(template);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: schemaMessage(issue.code, 'maximum' in issue ? issue.maximum : undefined),
  }));
}

/** The problems about one field, or about anything inside it when `within` is set (a tree row). */
export function problemsAt(problems: readonly OutlineProblem[], path: string, within = false): OutlineProblem[] {
  return problems.filter((p) => p.path === path || (within && p.path.startsWith(`${path}.`)));
}
