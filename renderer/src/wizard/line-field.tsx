/**
 * A text field whose value is cleaned as it is typed (NFC, no control characters, line breaks folded: model
 * fields are single lines).
 *
 * `multiline` only wraps long text on screen. It is a plain textarea that grows with CSS `field-sizing:
 * content`, not MUI's multiline TextField: that one measures its height with getComputedStyle on every render,
 * which in a 100-page chapter forces a layout of the whole page per keystroke (about 50 ms each).
 */
import type { CSSProperties } from 'react';
import { TextField, type TextFieldProps } from '@mui/material';
import { cleanLine } from '../../../core/text/clean-text';

type LineFieldProps = Omit<TextFieldProps, 'value' | 'onChange'> & {
  value: string;
  onValue: (value: string) => void;
  maxLength?: number;
};

const GROWING_TEXTAREA: CSSProperties = { fieldSizing: 'content', height: 'auto', minHeight: '1.4375em', resize: 'none', overflow: 'hidden' } as CSSProperties;

export function LineField({ value, onValue, maxLength = 2000, multiline, slotProps, onKeyDown, ...rest }: LineFieldProps) {
  const htmlInput = (slotProps?.htmlInput ?? {}) as { style?: CSSProperties };
  return (
    <TextField
      {...rest}
      onKeyDown={(e) => {
        // The field is one line, so Enter adds nothing (the textarea would otherwise insert a line break).
        if (multiline && e.key === 'Enter') e.preventDefault();
        onKeyDown?.(e);
      }}
      value={value}
      onChange={(e) => onValue(cleanLine(e.target.value))}
      slotProps={{
        ...slotProps,
        input: multiline ? { ...(slotProps?.input as object | undefined), inputComponent: 'textarea' } : slotProps?.input,
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
