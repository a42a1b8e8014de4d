/**
 * An outline (đề cương) made on this machine, as stored in IndexedDB. Deleting one only marks it: reports
 * made from it still find its guidance by key, and the clerk never loses a report because its outline went.
 */
import { templateSchema, type Template } from '../../../core/templates/template-schema';

export interface LocalOutlineRecord {
  id: string;
  template: Template;
  createdAt: number;
  updatedAt: number;
  deletedAt?: number | undefined;
}

export interface LocalOutline {
  template: Template;
  updatedAt: number;
  deleted: boolean;
}

/** The gate on the way out of IndexedDB: the template schema, as for built-in and pack outlines. */
export function readLocalOutline(row: LocalOutlineRecord): LocalOutline | null {
  const parsed = templateSchema.safeParse(row.template);
  if (!parsed.success || parsed.data.id !== row.id) return null;
  return { template: parsed.data, updatedAt: row.updatedAt, deleted: row.deletedAt !== undefined };
}
