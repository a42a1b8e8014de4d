/** Vietnamese number formatting (SPEC §13.1): "." groups thousands, "," marks decimals. */

const integerFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export function formatInteger(n: number): string {
  return integerFormat.format(n);
}

export function formatDecimal(n: number): string {
  return decimalFormat.format(n);
}

/**
 * Groups the thousands of bare integers of five digits or more found in a table cell ("6000000" → "6.000.000").
 * Four-digit numbers are left alone because they are usually years; ratios ("4/4") and numbers already grouped
 * ("2.731") are untouched.
 */
export function groupThousandsInText(text: string): string {
  return text.replace(/(?<![\d.,/])\d{5,}(?![\d.,/])/g, (digits) => formatInteger(Number(digits)));
}
