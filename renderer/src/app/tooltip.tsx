/**
 * A small tooltip that looks like MUI's but needs no Popper.js (about 10 KB gzip less in the main chunk): the
 * bubble is placed once, when it opens, with `position: fixed` from the child's rectangle, and closes on scroll,
 * so it never needs to follow the child. Like MUI's default, a string title also names the child (aria-label)
 * unless the child names itself; tests and screen readers find icon buttons by that name.
 */
import { cloneElement, useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { FocusEvent, MouseEvent, ReactElement, ReactNode, Ref } from 'react';
import { createPortal } from 'react-dom';
import { alpha, useTheme } from '@mui/material/styles';
import { tooltipPosition, type TooltipPlacement } from './tooltip-position';

/** The child must put these props and its ref on one DOM element (MUI components and plain tags do). */
interface TooltipChildProps {
  // `| undefined` as in React's own DOM props: the clone below may clear a name the child does not have.
  'aria-label'?: string | undefined;
  'aria-describedby'?: string | undefined;
  onMouseEnter?: (event: MouseEvent<HTMLElement>) => void;
  onMouseLeave?: (event: MouseEvent<HTMLElement>) => void;
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
  onBlur?: (event: FocusEvent<HTMLElement>) => void;
  ref?: Ref<HTMLElement>;
}

interface TooltipProps {
  title: ReactNode;
  children: ReactElement<TooltipChildProps>;
  placement?: TooltipPlacement;
}

/** MUI's default enter delay: a pointer passing over a toolbar does not flash every tooltip. */
const ENTER_DELAY_MS = 100;

function setRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

export function Tooltip({ title, children, placement = 'bottom' }: TooltipProps) {
  const theme = useTheme();
  const id = useId();
  // 'waiting' = the pointer or focus arrived and the enter delay runs; timers live in an effect, not in refs.
  const [phase, setPhase] = useState<'closed' | 'waiting' | 'open'>('closed');
  // State, not a ref: the clone below is made during render, where refs must not be touched.
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const bubbleRef = useRef<HTMLDivElement | null>(null);
  const arrowRef = useRef<HTMLSpanElement | null>(null);
  const hasTitle = title !== '' && title !== null && title !== undefined && title !== false;
  const shown = phase === 'open' && hasTitle;

  const hide = useCallback(() => setPhase('closed'), []);
  const showSoon = useCallback(() => setPhase((p) => (p === 'open' ? p : 'waiting')), []);
  useEffect(() => {
    if (phase !== 'waiting') return;
    const timer = window.setTimeout(() => setPhase('open'), ENTER_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [phase]);

  useEffect(() => {
    if (!shown) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') hide();
    };
    // Placed once at open time: anything that moves the child (scroll, resize) closes the bubble instead.
    document.addEventListener('keydown', onKey);
    window.addEventListener('scroll', hide, true);
    window.addEventListener('resize', hide);
    return () => {
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', hide, true);
      window.removeEventListener('resize', hide);
    };
  }, [shown, hide]);

  // Before paint: measure the bubble, place it, point the arrow at the child.
  useLayoutEffect(() => {
    const bubble = bubbleRef.current;
    const arrow = arrowRef.current;
    if (!shown || !anchor || !bubble || !arrow) return;
    const viewport = document.documentElement;
    const pos = tooltipPosition(
      anchor.getBoundingClientRect(),
      { width: bubble.offsetWidth, height: bubble.offsetHeight },
      { width: viewport.clientWidth, height: viewport.clientHeight },
      placement,
    );
    bubble.style.top = `${pos.top}px`;
    bubble.style.left = `${pos.left}px`;
    bubble.style.visibility = 'visible';
    bubble.dataset.placement = pos.side;
    arrow.style.left = `${pos.arrowLeft}px`;
    arrow.style.top = pos.side === 'bottom' ? '0' : '';
    arrow.style.bottom = pos.side === 'top' ? '0' : '';
    arrow.style.marginTop = pos.side === 'bottom' ? '-0.71em' : '';
    arrow.style.marginBottom = pos.side === 'top' ? '-0.71em' : '';
    (arrow.firstElementChild as HTMLElement).style.transformOrigin = pos.side === 'bottom' ? '0 100%' : '100% 0';
    if (!window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
      bubble.style.transformOrigin = pos.side === 'bottom' ? 'center top' : 'center bottom';
      bubble.animate(
        [
          { opacity: 0, transform: 'scale(0.75)' },
          { opacity: 1, transform: 'none' },
        ],
        {
          duration: theme.transitions.duration.shorter,
          easing: theme.transitions.easing.easeOut,
        },
      );
    }
  }, [shown, anchor, placement, theme]);

  const own = children.props;
  const childRef = own.ref;
  const mergedRef = useCallback(
    (node: HTMLElement | null) => {
      setAnchor(node);
      setRef(childRef, node);
    },
    [childRef],
  );

  const describedBy = [own['aria-describedby'], shown ? id : undefined].filter(Boolean).join(' ') || undefined;
  const child = cloneElement(children, {
    'aria-label': own['aria-label'] ?? (typeof title === 'string' && title !== '' ? title : undefined),
    'aria-describedby': describedBy,
    ref: mergedRef,
    onMouseEnter: (e: MouseEvent<HTMLElement>) => {
      own.onMouseEnter?.(e);
      showSoon();
    },
    onMouseLeave: (e: MouseEvent<HTMLElement>) => {
      own.onMouseLeave?.(e);
      hide();
    },
    onFocus: (e: FocusEvent<HTMLElement>) => {
      own.onFocus?.(e);
      // Keyboard focus only: a click also focuses the button, and the pointer already has its hover tooltip.
      if (e.target.matches(':focus-visible')) showSoon();
    },
    onBlur: (e: FocusEvent<HTMLElement>) => {
      own.onBlur?.(e);
      hide();
    },
  });

  const bg = alpha(theme.palette.grey[700], 0.92);
  return (
    <>
      {child}
      {shown &&
        createPortal(
          <div
            ref={bubbleRef}
            id={id}
            role="tooltip"
            style={{
              position: 'fixed',
              top: 0,
              left: 0,
              // Hidden until placed by the layout effect, so it never flashes at the corner.
              visibility: 'hidden',
              zIndex: theme.zIndex.tooltip,
              pointerEvents: 'none',
              backgroundColor: bg,
              color: theme.palette.common.white,
              borderRadius: 4,
              padding: '4px 8px',
              maxWidth: 300,
              fontFamily: theme.typography.fontFamily,
              fontSize: theme.typography.pxToRem(11),
              fontWeight: theme.typography.fontWeightMedium,
              lineHeight: 1.4,
              overflowWrap: 'break-word',
            }}
          >
            {title}
            <span
              ref={arrowRef}
              aria-hidden
              style={{
                position: 'absolute',
                overflow: 'hidden',
                width: '1em',
                height: '0.71em',
                transform: 'translateX(-50%)',
                color: bg,
              }}
            >
              <span
                style={{
                  display: 'block',
                  width: '100%',
                  height: '100%',
                  backgroundColor: 'currentColor',
                  transform: 'rotate(45deg)',
                }}
              />
            </span>
          </div>,
          document.body,
        )}
    </>
  );
}
