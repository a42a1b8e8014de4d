/**
 * The outlined text field and native select of the app, composed from FormControl + InputLabel + OutlinedInput +
 * FormHelperText as MUI's docs suggest ("Text Field → Components").
 *
 * Why not TextField: it imports every variant (FilledInput, Input) and the whole Select machinery (SelectInput,
 * Menu, typeahead) whether used or not — about 9 KB gzip of renderer bundle for the one variant we draw.
 * The ids are wired exactly like TextField's (label `for` = input id, helper text id in aria-describedby), so
 * fields keep their accessible names; the defaults (small, full width) are the ones the theme gave TextField.
 */
import {
  useId,
  type ChangeEventHandler,
  type FocusEventHandler,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
} from 'react';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import type { FormControlProps } from '@mui/material/FormControl';
import type { FormHelperTextProps } from '@mui/material/FormHelperText';
import type { InputBaseComponentProps } from '@mui/material/InputBase';
import type { InputLabelProps } from '@mui/material/InputLabel';
import type { OutlinedInputProps } from '@mui/material/OutlinedInput';
import ArrowDropDown from '@mui/icons-material/ArrowDropDown';

type FieldSlotProps = {
  htmlInput?: InputBaseComponentProps;
  input?: Partial<OutlinedInputProps>;
  inputLabel?: Partial<InputLabelProps>;
  formHelperText?: Partial<FormHelperTextProps>;
};

/** What the root FormControl takes besides the field's own props (sx, className, data-*, onKeyDown …). */
type RootProps = Omit<
  FormControlProps,
  'children' | 'variant' | 'onChange' | 'onBlur' | 'onFocus' | 'slotProps' | 'ref'
>;

export type OutlinedFieldProps = RootProps & {
  label?: ReactNode;
  value?: unknown;
  onChange?: ChangeEventHandler<HTMLInputElement | HTMLTextAreaElement>;
  onBlur?: FocusEventHandler<HTMLInputElement | HTMLTextAreaElement>;
  onFocus?: FocusEventHandler<HTMLInputElement | HTMLTextAreaElement>;
  helperText?: ReactNode;
  placeholder?: string | undefined;
  autoFocus?: boolean;
  autoComplete?: string;
  type?: string;
  name?: string;
  multiline?: boolean;
  rows?: number | string;
  minRows?: number | string;
  maxRows?: number | string;
  inputRef?: Ref<HTMLInputElement | HTMLTextAreaElement>;
  slotProps?: FieldSlotProps;
};

/** The ids TextField derives from the field id: a label id and, when there is helper text, a helper-text id. */
function useFieldIds(idOverride: string | undefined, label: ReactNode, helperText: ReactNode) {
  const generated = useId();
  const id = idOverride ?? generated;
  return {
    id,
    labelId: label ? `${id}-label` : undefined,
    helperTextId: helperText ? `${id}-helper-text` : undefined,
  };
}

export function OutlinedField({
  label,
  value,
  onChange,
  onBlur,
  onFocus,
  helperText,
  placeholder,
  autoFocus,
  autoComplete,
  type,
  name,
  multiline,
  rows,
  minRows,
  maxRows,
  inputRef,
  slotProps = {},
  id: idOverride,
  size = 'small',
  fullWidth = true,
  ...root
}: OutlinedFieldProps) {
  const { id, labelId, helperTextId } = useFieldIds(idOverride, label, helperText);
  const shrink = slotProps.inputLabel?.shrink;
  const hasLabel = label != null && label !== '';
  return (
    <FormControl variant="outlined" size={size} fullWidth={fullWidth} {...root}>
      {hasLabel && (
        <InputLabel htmlFor={id} id={labelId} {...slotProps.inputLabel}>
          {label}
        </InputLabel>
      )}
      <OutlinedInput
        aria-describedby={helperTextId}
        id={id}
        label={label}
        notched={shrink}
        value={value}
        onChange={onChange}
        onBlur={onBlur}
        onFocus={onFocus}
        placeholder={placeholder}
        autoFocus={autoFocus}
        autoComplete={autoComplete}
        type={type}
        name={name}
        multiline={multiline}
        rows={rows}
        minRows={minRows}
        maxRows={maxRows}
        inputRef={inputRef}
        inputProps={slotProps.htmlInput}
        {...slotProps.input}
      />
      {helperText && (
        <FormHelperText id={helperTextId} {...slotProps.formHelperText}>
          {helperText}
        </FormHelperText>
      )}
    </FormControl>
  );
}

export type OutlinedSelectProps = RootProps & {
  label: ReactNode;
  value: string;
  onChange: ChangeEventHandler<HTMLSelectElement>;
  helperText?: ReactNode;
  /** `<option>` elements. */
  children: ReactNode;
  slotProps?: {
    htmlInput?: SelectHTMLAttributes<HTMLSelectElement> & { [data: `data-${string}`]: string };
    formHelperText?: Partial<FormHelperTextProps>;
  };
};

/**
 * A native `<select>` in the outlined frame: the OS list, keyboard and type-ahead for free, and none of the
 * Select/Menu/Popover code (nor NativeSelect, which brings the Input variant along). The label always sits on
 * the border because a select always shows a value.
 */
export function OutlinedSelect({
  label,
  value,
  onChange,
  helperText,
  children,
  slotProps = {},
  id: idOverride,
  size = 'small',
  fullWidth = true,
  ...root
}: OutlinedSelectProps) {
  const { id, labelId, helperTextId } = useFieldIds(idOverride, label, helperText);
  return (
    <FormControl variant="outlined" size={size} fullWidth={fullWidth} {...root}>
      <InputLabel htmlFor={id} id={labelId} shrink>
        {label}
      </InputLabel>
      {/* OutlinedInput rendering a <select> itself: NativeSelect would also bundle MUI's Input variant. */}
      <OutlinedInput
        id={id}
        label={label}
        notched
        value={value}
        onChange={onChange as unknown as ChangeEventHandler<HTMLInputElement>}
        inputComponent={'select' as OutlinedInputProps['inputComponent']}
        inputProps={
          {
            'aria-describedby': helperTextId,
            ...slotProps.htmlInput,
            children,
            className: 'outlined-select',
          } as InputBaseComponentProps
        }
      />
      <ArrowDropDown className="outlined-select-icon" aria-hidden />
      {helperText && (
        <FormHelperText id={helperTextId} {...slotProps.formHelperText}>
          {helperText}
        </FormHelperText>
      )}
    </FormControl>
  );
}
