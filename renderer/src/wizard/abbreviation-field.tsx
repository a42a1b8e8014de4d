/**
 * A free-text field with suggestions from an abbreviation table (SPEC §10): the clerk may type any code, but
 * sees "HU — Huyện ủy" while typing, so the usual codes are spelled the usual way.
 * MUI's useAutocomplete gives the keyboard and ARIA combobox behaviour; the list is drawn here, in a Paper right
 * under the input, because the Autocomplete component would bring Popper.js (and its own code) into the bundle.
 */
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import { OutlinedField as TextField } from '../app/outlined-field';
import useAutocomplete from '@mui/material/useAutocomplete';
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

export function AbbreviationField({
  label,
  value,
  onValue,
  options,
  helperText,
  required,
  maxLength,
  error,
}: AbbreviationFieldProps) {
  const nameOf = (code: string) => options.find((o) => o.abbreviation === code)?.name ?? '';
  const {
    getRootProps,
    getInputProps,
    getInputLabelProps,
    getListboxProps,
    getOptionProps,
    groupedOptions,
    popupOpen,
    anchorEl,
    setAnchorEl,
  } = useAutocomplete({
    freeSolo: true,
    disableClearable: true,
    options: options.map((o) => o.abbreviation),
    inputValue: value,
    onInputChange: (_, v) => onValue(cleanLine(v).slice(0, maxLength)),
    filterOptions: (codes, { inputValue }) =>
      codes.filter(
        (c) =>
          inputValue === '' ||
          matchesSearch(`${c} ${nameOf(c)}`, inputValue) ||
          c.toLocaleLowerCase('vi').startsWith(inputValue.toLocaleLowerCase('vi')),
      ),
  });
  const showList = popupOpen && anchorEl !== null && groupedOptions.length > 0;

  return (
    <Box {...getRootProps()} sx={{ position: 'relative' }}>
      <TextField
        label={label}
        required={required}
        helperText={helperText}
        error={error}
        slotProps={{
          inputLabel: getInputLabelProps(),
          input: { ref: setAnchorEl },
          htmlInput: { ...getInputProps(), maxLength, spellCheck: false },
        }}
      />
      {showList && (
        <Paper
          elevation={8}
          // Just under the input box, over the helper text, as MUI's Autocomplete popup sits; wider than a narrow
          // field when needed, so "BTGHU  Ban Tuyên giáo Huyện ủy" reads on one line.
          sx={{
            position: 'absolute',
            left: 0,
            top: anchorEl.offsetTop + anchorEl.offsetHeight + 2,
            minWidth: '100%',
            width: 'max-content',
            maxWidth: 420,
            zIndex: 10,
            overflow: 'hidden',
          }}
        >
          <Box
            component="ul"
            {...getListboxProps()}
            sx={{
              listStyle: 'none',
              m: 0,
              px: 0,
              py: 1,
              maxHeight: '40vh',
              overflow: 'auto',
              '& > li': {
                display: 'flex',
                alignItems: 'center',
                minHeight: 36,
                px: 2,
                py: 0.75,
                cursor: 'pointer',
                outline: 0,
              },
              '& > li.Mui-focused': { bgcolor: 'action.hover' },
              '& > li[aria-selected="true"]': { bgcolor: 'primary.light' },
            }}
          >
            {(groupedOptions as string[]).map((code, index) => {
              const { key, ...rest } = getOptionProps({ option: code, index });
              return (
                <li key={key} {...rest}>
                  <strong style={{ minWidth: 64, paddingRight: 8, display: 'inline-block' }}>{code}</strong>
                  {nameOf(code)}
                </li>
              );
            })}
          </Box>
        </Paper>
      )}
    </Box>
  );
}
