import { describe, expect, it } from 'vitest';
import { TOOLTIP_GAP, tooltipPosition } from './tooltip-position';

const viewport = { width: 1000, height: 800 };
const bubble = { width: 120, height: 24 };

describe('tooltipPosition', () => {
  it('sits below a button in the middle of the window, centred, arrow over the button', () => {
    const p = tooltipPosition({ top: 300, bottom: 340, left: 480, width: 40 }, bubble, viewport, 'bottom');
    expect(p).toEqual({ top: 340 + TOOLTIP_GAP, left: 440, side: 'bottom', arrowLeft: 60 });
  });

  it('goes above when asked and there is room', () => {
    const p = tooltipPosition({ top: 300, bottom: 340, left: 480, width: 40 }, bubble, viewport, 'top');
    expect(p.side).toBe('top');
    expect(p.top).toBe(300 - TOOLTIP_GAP - 24);
  });

  it('flips below when there is no room above (a button in the top app bar)', () => {
    const p = tooltipPosition({ top: 8, bottom: 48, left: 480, width: 40 }, bubble, viewport, 'top');
    expect(p.side).toBe('bottom');
    expect(p.top).toBe(48 + TOOLTIP_GAP);
  });

  it('flips above when there is no room below (a button at the bottom of the window)', () => {
    const p = tooltipPosition({ top: 760, bottom: 796, left: 480, width: 40 }, bubble, viewport, 'bottom');
    expect(p.side).toBe('top');
    expect(p.top + bubble.height).toBeLessThanOrEqual(760);
  });

  it('stays inside the window at the right edge, the arrow still pointing at the button', () => {
    const p = tooltipPosition({ top: 300, bottom: 340, left: 960, width: 36 }, bubble, viewport, 'bottom');
    expect(p.left + bubble.width).toBeLessThanOrEqual(viewport.width);
    expect(p.left + p.arrowLeft).toBe(978);
  });

  it('stays inside the window at the left edge, the arrow kept off the rounded corner', () => {
    const p = tooltipPosition({ top: 300, bottom: 340, left: 0, width: 10 }, bubble, viewport, 'bottom');
    expect(p.left).toBeGreaterThanOrEqual(0);
    expect(p.arrowLeft).toBeGreaterThanOrEqual(10);
  });
});
