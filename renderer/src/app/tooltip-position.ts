/**
 * Where a tooltip goes, as a pure function of rectangles (viewport coordinates, for `position: fixed`): on the
 * asked side of the anchor, on the other side when the asked one has no room, centred on the anchor but never
 * past a viewport edge. The arrow stays over the anchor's centre even when the bubble is pushed sideways.
 */
export type TooltipPlacement = 'top' | 'bottom';

export interface AnchorRect {
  top: number;
  bottom: number;
  left: number;
  width: number;
}

export interface TooltipPosition {
  top: number;
  left: number;
  side: TooltipPlacement;
  /** Arrow centre, from the bubble's left edge. */
  arrowLeft: number;
}

/** Room between the anchor and the bubble, taken by the arrow. */
export const TOOLTIP_GAP = 10;
/** The bubble keeps this far from the viewport edges. */
const EDGE = 4;
/** The arrow never sits on the bubble's rounded corners. */
const ARROW_INSET = 10;

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}

export function tooltipPosition(
  anchor: AnchorRect,
  bubble: { width: number; height: number },
  viewport: { width: number; height: number },
  placement: TooltipPlacement,
): TooltipPosition {
  const fitsAbove = anchor.top - TOOLTIP_GAP - bubble.height >= EDGE;
  const fitsBelow = anchor.bottom + TOOLTIP_GAP + bubble.height <= viewport.height - EDGE;
  let side = placement;
  if (side === 'top' && !fitsAbove && fitsBelow) side = 'bottom';
  else if (side === 'bottom' && !fitsBelow && fitsAbove) side = 'top';
  const wantedTop = side === 'top' ? anchor.top - TOOLTIP_GAP - bubble.height : anchor.bottom + TOOLTIP_GAP;
  const top = clamp(wantedTop, EDGE, viewport.height - bubble.height - EDGE);
  const centre = anchor.left + anchor.width / 2;
  const left = clamp(centre - bubble.width / 2, EDGE, viewport.width - bubble.width - EDGE);
  const arrowLeft = clamp(centre - left, ARROW_INSET, bubble.width - ARROW_INSET);
  return { top, left, side, arrowLeft };
}
