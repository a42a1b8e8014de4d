/** Page size and margins of the rule-set, in twips, and the text width the tables are sized against. */
import type { ISectionPropertiesOptions } from 'docx';
import type { RuleSet } from '../rules/rule-set-schema';
import { mmToTwips } from './units';

export interface PageGeometry {
  widthTwips: number;
  heightTwips: number;
  marginTopTwips: number;
  marginBottomTwips: number;
  marginLeftTwips: number;
  marginRightTwips: number;
  headerTwips: number;
  footerTwips: number;
  /** Width between the margins; derived from the rounded values so columns add up exactly (9355 for A4 30/15). */
  textWidthTwips: number;
}

export function pageGeometry(ruleSet: RuleSet): PageGeometry {
  const p = ruleSet.page;
  const widthTwips = mmToTwips(p.widthMm);
  const marginLeftTwips = mmToTwips(p.marginLeftMm);
  const marginRightTwips = mmToTwips(p.marginRightMm);
  return {
    widthTwips,
    heightTwips: mmToTwips(p.heightMm),
    marginTopTwips: mmToTwips(p.marginTopMm),
    marginBottomTwips: mmToTwips(p.marginBottomMm),
    marginLeftTwips,
    marginRightTwips,
    headerTwips: mmToTwips(p.headerDistanceMm),
    footerTwips: mmToTwips(p.footerDistanceMm),
    textWidthTwips: widthTwips - marginLeftTwips - marginRightTwips,
  };
}

/** Section properties: page size, margins, and a different first page when page 1 carries no number. */
export function sectionProperties(ruleSet: RuleSet): ISectionPropertiesOptions {
  const g = pageGeometry(ruleSet);
  return {
    page: {
      size: { width: g.widthTwips, height: g.heightTwips },
      margin: {
        top: g.marginTopTwips,
        bottom: g.marginBottomTwips,
        left: g.marginLeftTwips,
        right: g.marginRightTwips,
        header: g.headerTwips,
        footer: g.footerTwips,
      },
    },
    // Written only when on: some readers treat any w:titlePg element as "different first page".
    ...(ruleSet.pageNumber.hideOnFirstPage ? { titlePage: true } : {}),
  };
}

/** Splits the text width into a left column of `leftMm` and a right column taking the rest. */
export function twoColumns(ruleSet: RuleSet, leftMm: number): [number, number] {
  const total = pageGeometry(ruleSet).textWidthTwips;
  const left = mmToTwips(leftMm);
  return [left, total - left];
}
