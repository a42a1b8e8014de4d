/**
 * Recipients are stored bare (the rule-set adds "- " and the trailing "," or "."), but clerks type them the way
 * they appear on paper. Strip what the rule-set will add again.
 */
export function bareRecipient(text: string): string {
  return text
    .replace(/^\s*[-–+•]\s*/u, '')
    .replace(/\s*[,.;]+\s*$/u, '')
    .trim();
}
