/**
 * Page size and margins of the rule-set, in twips, and the text width the tables are sized against. A landscape
 * page (a wide appendix table) is the same sheet turned: width and height swap, each margin stays on its side.
 */
import { PageOrientation, type ISectionPropertiesOptions } from 'docx';
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

export type Orientation = 'portrait' | 'landscape';

export function pageGeometry(ruleSet: RuleSet, orientation: Orientation = 'portrait'): PageGeometry {
  const p = ruleSet.page;
  const landscape = orientation === 'landscape';
  const widthTwips = mmToTwips(landscape ? p.heightMm : p.widthMm);
  const marginLeftTwips = mmToTwips(p.marginLeftMm);
  const marginRightTwips = mmToTwips(p.marginRightMm);
  return {
    widthTwips,
    heightTwips: mmToTwips(landscape ? p.widthMm : p.heightMm),
    marginTopTwips: mmToTwips(p.marginTopMm),
    marginBottomTwips: mmToTwips(p.marginBottomMm),
    marginLeftTwips,
    marginRightTwips,
    headerTwips: mmToTwips(p.headerDistanceMm),
    footerTwips: mmToTwips(p.footerDistanceMm),
    textWidthTwips: widthTwips - marginLeftTwips - marginRightTwips,
  };
}

export interface SectionOptions {
  orientation?: Orientation;
  /** Page numbers start again from 1 in this section (w:pgNumType w:start="1"). */
  restartNumbering?: boolean;
  /** The first section of the report: page 1 is "different" when it carries no number. */
  first?: boolean;
}

/** Section properties: page size, margins, and a different first page when page 1 carries no number. */
export function sectionProperties(ruleSet: RuleSet, options: SectionOptions = {}): ISectionPropertiesOptions {
  const { orientation = 'portrait', restartNumbering = false, first = true } = options;
  // docx swaps width and height itself for a landscape page, so it is given the portrait sheet.
  const g = pageGeometry(ruleSet);
  return {
    page: {
      size:
        orientation === 'landscape'
          ? { width: g.widthTwips, height: g.heightTwips, orientation: PageOrientation.LANDSCAPE }
          : { width: g.widthTwips, height: g.heightTwips },
      margin: {
        top: g.marginTopTwips,
        bottom: g.marginBottomTwips,
        left: g.marginLeftTwips,
        right: g.marginRightTwips,
        header: g.headerTwips,
        footer: g.footerTwips,
      },
      ...(restartNumbering ? { pageNumbers: { start: 1 } } : {}),
    },
    // Written only when on: some readers treat any w:titlePg element as "different first page".
    ...(first && ruleSet.pageNumber.hideOnFirstPage ? { titlePage: true } : {}),
  };
}

/** Splits the text width into a left column of `leftMm` and a right column taking the rest. */
export function twoColumns(ruleSet: RuleSet, leftMm: number): [number, number] {
  const total = pageGeometry(ruleSet).textWidthTwips;
  const left = mmToTwips(leftMm);
  return [left, total - left];
}
