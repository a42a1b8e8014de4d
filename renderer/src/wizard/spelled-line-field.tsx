/**
 * A wizard field a clerk types prose into (issuer, trích yếu, signer's title, Phụ lục title…), with its spelling
 * notes under it. `spellingLabel` names the notes when the field's own label is not what the clerk calls it.
 */
import { FieldSpellingSlot } from '../spelling/field-spelling-slot';
import { LineField, type LineFieldProps } from './line-field';

export function SpelledLineField({
  spellingLabel,
  ...props
}: LineFieldProps & { label: string; spellingLabel?: string }) {
  return (
    <>
      <LineField {...props} />
      <FieldSpellingSlot label={spellingLabel ?? props.label} text={props.value} onText={props.onValue} />
    </>
  );
}
