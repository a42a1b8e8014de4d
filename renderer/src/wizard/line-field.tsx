/**
 * A text field whose value is cleaned as it is typed (NFC, no control characters, line breaks folded: model
 * fields are single lines).
 *
 * `lines` (issuer, trích yếu, signer title…: fields printed on one or more lines): Enter — or Shift+Enter, as in
 * Word — starts a new line, kept as "\n" (a hard line break in the DOCX). What is pasted keeps its line breaks.
 *
 * `multiline` only wraps long text on screen. It is a plain textarea that grows with CSS `field-sizing:
 * content`, not MUI's multiline TextField: that one measures its height with getComputedStyle on every render,
 * which in a 100-page chapter forces a layout of the whole page per keystroke (about 50 ms each).
 *
 * `deferred` (wizard fields): the field keeps what is typed in its own state and reports it up like the body
 * editors do (editor/pending-change.ts) — after the paint of the key, when typing pauses, and at once on blur
 * and unmount. Updating the report re-renders the whole wizard (about 150 ms on a 100-page chapter), which
 * must not sit between a key and its paint. Forms that submit on Enter keep the default (reported at once).
 */
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { OutlinedField, type OutlinedFieldProps } from '../app/outlined-field';
import { cleanLine, cleanLines, trimBlankLines } from '../../../core/text/clean-text';
import { pendingChange } from '../editor/pending-change';

export type LineFieldProps = Omit<OutlinedFieldProps, 'value' | 'onChange'> & {
  value: string;
  onValue: (value: string) => void;
  maxLength?: number;
  deferred?: boolean;
  /** The value may hold line breaks: Enter starts a new line (a wrapping textarea, whatever `multiline` says). */
  lines?: boolean;
};

const GROWING_TEXTAREA: CSSProperties = {
  fieldSizing: 'content',
  height: 'auto',
  minHeight: '1.4375em',
  resize: 'none',
  overflow: 'hidden',
} as CSSProperties;

/** The field's own copy of the value, reported up through a pending change; a change made elsewhere wins. */
function useLocalValue(value: string, onValue: (value: string) => void) {
  const [pending] = useState(() => pendingChange<string>());
  const [local, setLocal] = useState(value);
  const [seen, setSeen] = useState(value);
  // What this field last reported: when it comes back as `value` it is our own echo, and text typed since
  // (still waiting in `pending`) must not be overwritten by it. Set in the same batch as the report itself.
  const [echo, setEcho] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== echo) {
      setLocal(value);
      setEcho(value);
    }
  }
  const onValueRef = useRef(onValue);
  useEffect(() => {
    onValueRef.current = onValue;
  });
  useEffect(() => () => pending.flush(), [pending]);
  const change = (next: string) => {
    setLocal(next);
    pending.schedule(
      () => next,
      (v) => {
        setEcho(v);
        onValueRef.current(v);
      },
    );
  };
  return { local, change, flush: () => pending.flush() };
}

export function LineField({ deferred = false, ...props }: LineFieldProps) {
  return deferred ? <DeferredLineField {...props} /> : <PlainLineField {...props} />;
}

function DeferredLineField({ value, onValue, onBlur, ...rest }: Omit<LineFieldProps, 'deferred'>) {
  const { local, change, flush } = useLocalValue(value, onValue);
  return (
    <PlainLineField
      {...rest}
      value={local}
      onValue={change}
      onBlur={(e) => {
        flush();
        onBlur?.(e);
      }}
    />
  );
}

function PlainLineField({
  value,
  onValue,
  maxLength = 2000,
  multiline: wraps,
  lines = false,
  slotProps,
  onKeyDown,
  onBlur,
  ...rest
}: Omit<LineFieldProps, 'deferred'>) {
  const htmlInput = (slotProps?.htmlInput ?? {}) as { style?: CSSProperties };
  const multiline = wraps || lines;
  return (
    <OutlinedField
      {...rest}
      onBlur={(e) => {
        // Before a deferred field's own blur handler, which reports the value at once.
        if (lines && trimBlankLines(value) !== value) onValue(trimBlankLines(value));
        onBlur?.(e);
      }}
      onKeyDown={(e) => {
        // A one-line field: Enter adds nothing (the textarea would otherwise insert a line break).
        if (multiline && !lines && e.key === 'Enter') e.preventDefault();
        onKeyDown?.(e);
      }}
      value={value}
      onChange={(e) => onValue(lines ? cleanLines(e.target.value) : cleanLine(e.target.value))}
      slotProps={{
        ...slotProps,
        ...(multiline ? { input: { ...(slotProps?.input as object | undefined), inputComponent: 'textarea' } } : {}),
        htmlInput: {
          maxLength,
          spellCheck: false,
          ...htmlInput,
          ...(multiline ? { rows: 1, style: { ...GROWING_TEXTAREA, ...htmlInput.style } } : {}),
        },
      }}
    />
  );
}
