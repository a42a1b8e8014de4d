/**
 * AbbreviationField (MUI Autocomplete) mounted once the step has painted: until the browser is idle, or the
 * clerk focuses the field, a plain text field of the same look stands in and takes typing the same way.
 * Two Autocompletes were about a tenth of the main thread's work before the first step could paint.
 */
import { startTransition, useEffect, useLayoutEffect, useRef, useState, type ComponentProps } from 'react';
import { OutlinedField as TextField } from '../app/outlined-field';
import { cleanLine } from '../../../core/text/clean-text';
import { AbbreviationField } from './abbreviation-field';

/** `findField`: the model field's name, for find and replace to reach the input (data-find-field). */
type Props = ComponentProps<typeof AbbreviationField> & { findField?: string };

/** Longest wait for an idle moment before the Autocomplete is mounted anyway. */
const IDLE_TIMEOUT_MS = 1000;

export function DeferredAbbreviationField({ findField, ...props }: Props) {
  const [live, setLive] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  // Focus and caret of the stand-in when it was replaced while focused, to hand over to the real field.
  const handover = useRef<{ start: number | null; end: number | null } | null>(null);

  useEffect(() => {
    if (live) return;
    const id = requestIdleCallback(() => startTransition(() => setLive(true)), { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }, [live]);

  useLayoutEffect(() => {
    const caret = handover.current;
    if (!live || !caret) return;
    handover.current = null;
    const input = root.current?.querySelector('input');
    input?.focus();
    input?.setSelectionRange(caret.start, caret.end);
  }, [live]);

  if (live)
    return (
      <div ref={root} data-find-field={findField}>
        <AbbreviationField {...props} />
      </div>
    );
  const { label, value, onValue, helperText, required, maxLength, error } = props;
  return (
    <div ref={root} data-find-field={findField}>
      <TextField
        label={label}
        value={value}
        required={required}
        helperText={helperText}
        error={error}
        onChange={(e) => onValue(cleanLine(e.target.value).slice(0, maxLength))}
        onFocus={(e) => {
          handover.current = { start: e.target.selectionStart, end: e.target.selectionEnd };
          setLive(true);
        }}
        slotProps={{ htmlInput: { maxLength, spellCheck: false } }}
      />
    </div>
  );
}
