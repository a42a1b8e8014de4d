/**
 * The outlines shipped with the app, validated against the schema when first used. `tu-do` has no chapters:
 * it is the outline of a report opened from a Word file that matches no other one.
 */
import soKet from '../../assets/templates/so-ket-tong-ket.json';
import dinhKy from '../../assets/templates/dinh-ky.json';
import tuDo from '../../assets/templates/tu-do.json';
import { templateSchema, type Template } from './template-schema';

let cache: Template[] | null = null;

export function builtInTemplates(): Template[] {
  cache ??= [soKet, dinhKy, tuDo].map((t) => templateSchema.parse(t));
  return cache;
}

export function findTemplate(id: string): Template | undefined {
  return builtInTemplates().find((t) => t.id === id);
}
