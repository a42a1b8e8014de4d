/**
 * The part of JSZip's API that docx-preview's `renderAsync` uses (`JSZip.loadAsync`, `zip.files[path].async(type)`),
 * over fflate's inflate. Both renderer builds alias `jszip` to this module: JSZip was 27 KB gzip of the renderer
 * (more than half the preview chunk) for unzipping the one DOCX the preview draws, and fflate, already the
 * project's zip library, does that in a few KB. Writing zips (docx-preview's `keepOrigin` option and
 * `WordDocument.save`, neither used here) is left out so the deflate code stays out of the bundle too.
 * Synchronous unzip on purpose: fflate's async variant starts Web Workers, and JSZip also ran on the main thread.
 */
import { strFromU8, unzipSync } from 'fflate';

/** What docx-preview hands over: the bytes we pass to renderAsync (JSZip's string inputs are not needed). */
type InputData = Uint8Array | ArrayBuffer | Blob;
type OutputType = 'string' | 'text' | 'uint8array' | 'arraybuffer' | 'blob' | 'base64';
type Output<T extends OutputType> = T extends 'string' | 'text' | 'base64'
  ? string
  : T extends 'uint8array'
    ? Uint8Array
    : T extends 'arraybuffer'
      ? ArrayBuffer
      : Blob;

function base64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with a whole image as arguments would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function convert(bytes: Uint8Array, type: OutputType): string | Uint8Array | ArrayBuffer | Blob {
  switch (type) {
    case 'string':
    case 'text':
      return strFromU8(bytes);
    case 'uint8array':
      return bytes;
    case 'arraybuffer':
      return bytes.slice().buffer;
    case 'blob':
      return new Blob([bytes as BlobPart]);
    case 'base64':
      return base64(bytes);
  }
}

export class ZipObject {
  readonly dir = false;
  constructor(
    readonly name: string,
    readonly bytes: Uint8Array,
  ) {}
  async<T extends OutputType>(type: T): Promise<Output<T>> {
    return Promise.resolve(convert(this.bytes, type) as Output<T>);
  }
}

async function toBytes(input: InputData): Promise<Uint8Array> {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  return new Uint8Array(await input.arrayBuffer());
}

export default class JSZip {
  files: Record<string, ZipObject> = {};

  static async loadAsync(input: InputData): Promise<JSZip> {
    const zip = new JSZip();
    const entries = unzipSync(await toBytes(input));
    for (const [name, data] of Object.entries(entries)) {
      if (!name.endsWith('/')) zip.files[name] = new ZipObject(name, data);
    }
    return zip;
  }
}
