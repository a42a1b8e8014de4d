/**
 * Unit conversions between the rule-set (mm, points) and OOXML (twips, half-points, eighths of a point).
 * Rounded to whole numbers because Word rejects fractional twips.
 */

const TWIPS_PER_INCH = 1440;
const MM_PER_INCH = 25.4;

/** Millimetres → twips (1/20 pt): 20 mm → 1134, 30 mm → 1701, 210 mm → 11906. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * TWIPS_PER_INCH) / MM_PER_INCH);
}

/** Points → twips: 6 pt → 120, 18 pt → 360. */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** Points → half-points (the unit of w:sz): 14 pt → 28. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** Points → eighths of a point (the unit of border w:sz): 0.5 pt → 4. */
export function ptToEighths(pt: number): number {
  return Math.round(pt * 8);
}
