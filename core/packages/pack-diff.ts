/**
 * What a template pack changes, shown before installing: outlines and rule-sets that are new, newer
 * versions of ones already present, or unchanged. Pure; compares by id (and template version).
 */
export interface PackItem {
  id: string;
  name: string;
  /** Templates carry an integer version; rule-sets are compared by content. */
  version?: number;
  fingerprint: string;
}

export interface PackChange {
  kind: 'template' | 'rule-set';
  id: string;
  name: string;
  change: 'added' | 'updated' | 'unchanged';
}

function diffItems(
  kind: PackChange['kind'],
  incoming: readonly PackItem[],
  present: readonly PackItem[],
): PackChange[] {
  const byId = new Map(present.map((p) => [p.id, p]));
  return incoming.map((item) => {
    const old = byId.get(item.id);
    const change = !old
      ? 'added'
      : old.fingerprint === item.fingerprint && old.version === item.version
        ? 'unchanged'
        : 'updated';
    return { kind, id: item.id, name: item.name, change };
  });
}

export function diffPack(
  incoming: { templates: readonly PackItem[]; ruleSets: readonly PackItem[] },
  present: { templates: readonly PackItem[]; ruleSets: readonly PackItem[] },
): PackChange[] {
  return [
    ...diffItems('template', incoming.templates, present.templates),
    ...diffItems('rule-set', incoming.ruleSets, present.ruleSets),
  ];
}

/** One Vietnamese line per change, for the confirmation dialog and the CLI. */
export function describeChange(change: PackChange): string {
  const what = change.kind === 'template' ? 'Đề cương' : 'Bộ quy tắc thể thức';
  const verb = change.change === 'added' ? 'thêm mới' : change.change === 'updated' ? 'cập nhật' : 'không đổi';
  return `${what} “${change.name}”: ${verb}`;
}
