/**
 * Defaults a rule-set file may leave out (packs are written by hand): a style without bold/italic/underline/
 * upperCase is plain text, a rule without `pt` is 0.75 pt, and mirrored margins are off. Guards the schema's
 * defaults, which a rewrite of the schema (e.g. the zod/mini conversion) could silently drop.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { getRuleSet } from './rule-sets';
import { ruleSetSchema } from './rule-set-schema';

type RuleSetInput = z.input<typeof ruleSetSchema>;
const hd36 = getRuleSet('hd36-2018');
const hd36Input = (): RuleSetInput => structuredClone(hd36);

describe('ruleSetSchema defaults', () => {
  it('fills in the style flags, rule thickness and mirrored margins a hand-written rule-set leaves out', () => {
    const raw = hd36Input();
    raw.header.issuerStyle = { size: 14 };
    raw.header.nationalHeading = [
      { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', style: { size: 15, bold: true }, rule: { widthTwips: 4133 } },
    ];
    raw.title.separator = { kind: 'rule', widthFraction: 0.3 };
    delete raw.page.mirrorMargins;
    const parsed = ruleSetSchema.parse(raw);
    expect(parsed.header.issuerStyle).toEqual({
      size: 14,
      bold: false,
      italic: false,
      underline: false,
      upperCase: false,
    });
    expect(parsed.header.nationalHeading[0]!.style).toEqual({
      size: 15,
      bold: true,
      italic: false,
      underline: false,
      upperCase: false,
    });
    expect(parsed.header.nationalHeading[0]!.rule).toEqual({ widthTwips: 4133, pt: 0.75 });
    expect(parsed.title.separator).toEqual({ kind: 'rule', widthFraction: 0.3, pt: 0.75 });
    expect(parsed.page.mirrorMargins).toBe(false);
  });

  it('refuses out-of-range sizes, unknown keys and fractional line counts', () => {
    const accepts = (patch: (r: RuleSetInput) => void, extra: Record<string, unknown> = {}) => {
      const raw = hd36Input();
      patch(raw);
      return ruleSetSchema.safeParse({ ...raw, header: { ...raw.header, ...extra } }).success;
    };
    expect(accepts(() => {})).toBe(true);
    expect(
      accepts((r) => {
        r.header.issuerStyle = { size: 41 };
      }),
    ).toBe(false);
    expect(accepts(() => {}, { issuerStyle: { size: 14, colour: 'red' } })).toBe(false);
    expect(
      accepts((r) => {
        r.closing.signatureSpaceLines = 2.5;
      }),
    ).toBe(false);
    expect(
      accepts((r) => {
        r.headings.level1.indentMm = 31;
      }),
    ).toBe(false);
  });
});
