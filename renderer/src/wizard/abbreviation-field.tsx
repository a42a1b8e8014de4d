/**
 * A free-text field with suggestions from an abbreviation table (SPEC §10): the clerk may type any code, but
 * sees "HU — Huyện ủy" while typing, so the usual codes are spelled the usual way.
 */
import { Autocomplete, TextField } from '@mui/material';
import type { Abbreviation } from '../../../core/text/document-symbol';
import { cleanLine } from '../../../core/text/clean-text';
import { matchesSearch } from '../text/fold-search';

interface AbbreviationFieldProps {
  label: string;
  value: string;
  onValue: (value: string) => void;
  options: readonly Abbreviation[];
  helperText?: string;
  required?: boolean;
  maxLength: number;
  error?: boolean;
}

export function AbbreviationField({ label, value, onValue, options, helperText, required, maxLength, error }: AbbreviationFieldProps) {
  return (
    <Autocomplete
      freeSolo
      disableClearable
      options={options.map((o) => o.abbreviation)}
      inputValue={value}
      onInputChange={(_, v) => onValue(cleanLine(v).slice(0, maxLength))}
      filterOptions={(codes, { inputValue }) =>
        codes.filter((c) => {
          const name = options.find((o) => o.abbreviation === c)?.name ?? '';
          return inputValue === '' || matchesSearch(`${c} ${name}`, inputValue) || c.toLocaleLowerCase('vi').startsWith(inputValue.toLocaleLowerCase('vi'));
        })
      }
      renderOption={(props, code) => {
        const { key, ...rest } = props as typeof props & { key: string };
        return (
          <li key={key} {...rest}>
            <strong style={{ minWidth: 64, display: 'inline-block' }}>{code}</strong>
            {options.find((o) => o.abbreviation === code)?.name}
          </li>
        );
      }}
      renderInput={(params) => (
        <TextField {...params} label={label} required={required} helperText={helperText} error={error}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, maxLength, spellCheck: false } }} />
      )}
    />
  );
}
