/** A text field whose value is cleaned as it is typed (NFC, no control characters, line breaks folded: model fields are single lines). */
import { TextField, type TextFieldProps } from '@mui/material';
import { cleanLine } from '../../../core/text/clean-text';

type LineFieldProps = Omit<TextFieldProps, 'value' | 'onChange'> & {
  value: string;
  onValue: (value: string) => void;
  maxLength?: number;
};

export function LineField({ value, onValue, maxLength = 2000, multiline, slotProps, onKeyDown, ...rest }: LineFieldProps) {
  return (
    <TextField
      {...rest}
      multiline={multiline}
      onKeyDown={(e) => {
        // "multiline" only wraps long text on screen; the field itself is one line, so Enter adds nothing.
        if (multiline && e.key === 'Enter') e.preventDefault();
        onKeyDown?.(e);
      }}
      value={value}
      onChange={(e) => onValue(cleanLine(e.target.value))}
      slotProps={{ ...slotProps, htmlInput: { maxLength, spellCheck: false, ...(slotProps?.htmlInput as object | undefined) } }}
    />
  );
}
