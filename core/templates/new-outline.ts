/** Starting points of the outline editor: a blank outline, or a local copy of any outline (built-in, pack or local). */
import type { Template } from './template-schema';

/** One empty chapter to type into; the editor refuses to save it until it has a heading. */
export function blankOutline(id: string): Template {
  return {
    id,
    version: 1,
    name: '',
    description: '',
    docType: 'BÁO CÁO',
    titleHint: '',
    header: { guidance: '' },
    opening: { guidance: '', defaultParagraphs: [] },
    chapters: [{ key: 'muc-1', heading: '', guidance: '' }],
    closing: {
      guidance: '',
      defaultParagraphs: [],
      recipients: ['Lưu'],
      signature: { authority: '', title: '' },
    },
  };
}

/** "Tạo bản sao để sửa": same content under a local id; a signed or built-in outline itself is never edited. */
export function copyOfOutline(source: Template, id: string, name: string): Template {
  return { ...structuredClone(source), id, version: 1, name };
}
