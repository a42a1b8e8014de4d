/**
 * For printing a string that came from outside (a draft file's title, a path, a pack's name) in the
 * terminal, a window title or a dialog (I-09): bidi controls and zero-width characters are removed, so
 * "báo cáo\u202Excod.docx" cannot pose as another name, and other control characters (a terminal's
 * ESC sequences included) are shown as U+FFFD. Line breaks and tabs stay.
 */
import { INVISIBLE_FORMATTING } from './clean-text';

// eslint-disable-next-line no-control-regex -- matching control characters is the point of this regex
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function displaySafe(text: string): string {
  return text.replace(INVISIBLE_FORMATTING, '').replace(CONTROLS, '\uFFFD');
}
