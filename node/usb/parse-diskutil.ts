/**
 * Parses `diskutil info -plist <volume>` for each folder in /Volumes (macOS). A volume is offered when
 * it is removable/ejectable media or on USB, and not internal; the boot volume ("/") never is.
 * Malformed XML → null.
 */
import { XMLParser } from 'fast-xml-parser';
import { toNumberOrNull, toText, type DetectedDrive } from './detected-drive';

export const diskutilCommand = (volumePath: string) =>
  ({ file: 'diskutil', args: ['info', '-plist', volumePath] }) as const;

type PlistValue = string | number | boolean | null;
type Node = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  parseTagValue: false,
  ignoreDeclaration: true,
  processEntities: true,
});

/** The top-level <dict> of a plist as a flat key → value map (nested dicts/arrays are skipped). */
export function parsePlistDict(xml: string): Map<string, PlistValue> | null {
  let tree: unknown;
  try {
    tree = parser.parse(xml);
  } catch {
    return null;
  }
  const plist = findChild(tree, 'plist');
  const dict = plist ? findChild(plist, 'dict') : undefined;
  if (!Array.isArray(dict)) return null;
  const result = new Map<string, PlistValue>();
  let key: string | null = null;
  for (const node of dict as Node[]) {
    const [tag] = Object.keys(node).filter((k) => k !== ':@');
    if (tag === undefined) continue;
    if (tag === 'key') {
      key = textOf(node[tag]);
      continue;
    }
    if (key === null) continue;
    if (tag === 'true' || tag === 'false') result.set(key, tag === 'true');
    else if (tag === 'integer') result.set(key, toNumberOrNull(textOf(node[tag])));
    else if (tag === 'string') result.set(key, textOf(node[tag]));
    key = null;
  }
  return result;
}

export function parseDiskutilInfo(xml: string): DetectedDrive | null {
  const info = parsePlistDict(xml);
  if (!info) return null;
  const mountPath = toText(info.get('MountPoint'));
  if (mountPath === '' || mountPath === '/') return null;
  const removable =
    info.get('RemovableMedia') === true || info.get('Removable') === true || info.get('Ejectable') === true;
  const usb = info.get('BusProtocol') === 'USB';
  if (info.get('Internal') === true || !(removable || usb)) return null;
  const free = info.get('FreeSpace') ?? info.get('APFSContainerFree') ?? null;
  return {
    mountPath,
    label: toText(info.get('VolumeName')),
    fileSystem: toText(info.get('FilesystemType')),
    freeBytes: toNumberOrNull(free),
    sizeBytes: toNumberOrNull(info.get('TotalSize') ?? info.get('Size') ?? null),
    readOnly: info.get('WritableVolume') === false,
  };
}

function findChild(nodes: unknown, tag: string): unknown {
  if (!Array.isArray(nodes)) return undefined;
  for (const node of nodes as Node[]) if (tag in node) return node[tag];
  return undefined;
}

function textOf(children: unknown): string {
  if (!Array.isArray(children)) return '';
  return (children as Node[])
    .map((c) => (typeof c['#text'] === 'string' || typeof c['#text'] === 'number' ? String(c['#text']) : ''))
    .join('');
}
