/** A mounted removable volume as the OS listing reports it: a hint for the picker, never trusted for safety (M-09). */
export interface DetectedDrive {
  /** "E:\\", "/media/user/VĂN THƯ", "/Volumes/KINGSTON". */
  mountPath: string;
  /** Volume label, NFC; "" when the stick has none. */
  label: string;
  /** "FAT32", "exFAT", "vfat", "msdos"…; "" when unknown. */
  fileSystem: string;
  freeBytes: number | null;
  sizeBytes: number | null;
  /** Known to be mounted read-only (write-protect switch); false when unknown. */
  readOnly: boolean;
}

export function toNumberOrNull(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  if (typeof value === 'string' && /^\d{1,16}$/.test(value)) return Number(value);
  return null;
}

export function toText(value: unknown): string {
  return typeof value === 'string' ? value.normalize('NFC').trim() : '';
}
