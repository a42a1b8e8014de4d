/**
 * The URL hash is the app's only router: `#/` is the home screen, `#/ban-nhap/<id>/<stepKey>` a draft open on a
 * step, `#/ho-so-co-quan` the organisation profiles, `#/de-cuong` the outlines (đề cương) — `#/de-cuong/tu-bao-cao/<id>` opens a new outline made from that draft —
 * `#/nhan-bao-cao` the reports received from subordinate units. Keeping the step in the URL means a reload lands exactly where the clerk was.
 */
import { DRAFT_ID_PATTERN } from '../../../core/model/ids';

export type Route =
  | { name: 'home' }
  | { name: 'profiles' }
  | { name: 'outlines'; fromDraftId?: string | undefined }
  | { name: 'inbox' }
  | { name: 'draft'; draftId: string; stepKey?: string | undefined };

const PROFILES_PATH = 'ho-so-co-quan';
const OUTLINES_PATH = 'de-cuong';
const FROM_REPORT_PATH = 'tu-bao-cao';
const INBOX_PATH = 'nhan-bao-cao';

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').split('/').filter(Boolean);
  if (path[0] === PROFILES_PATH) return { name: 'profiles' };
  if (path[0] === OUTLINES_PATH) {
    const id = path[1] === FROM_REPORT_PATH ? safeDecode(path[2] ?? '') : null;
    return id && DRAFT_ID_PATTERN.test(id) ? { name: 'outlines', fromDraftId: id } : { name: 'outlines' };
  }
  if (path[0] === INBOX_PATH) return { name: 'inbox' };
  if (path[0] !== 'ban-nhap' || path.length < 2) return { name: 'home' };
  const draftId = safeDecode(path[1] ?? '');
  if (!draftId || !DRAFT_ID_PATTERN.test(draftId)) return { name: 'home' };
  const stepKey = path[2] ? safeDecode(path[2]) : undefined;
  return { name: 'draft', draftId, stepKey: stepKey || undefined };
}

export function formatHash(route: Route): string {
  if (route.name === 'home') return '#/';
  if (route.name === 'profiles') return `#/${PROFILES_PATH}`;
  if (route.name === 'outlines')
    return route.fromDraftId
      ? `#/${OUTLINES_PATH}/${FROM_REPORT_PATH}/${encodeURIComponent(route.fromDraftId)}`
      : `#/${OUTLINES_PATH}`;
  if (route.name === 'inbox') return `#/${INBOX_PATH}`;
  const step = route.stepKey ? `/${encodeURIComponent(route.stepKey)}` : '';
  return `#/ban-nhap/${encodeURIComponent(route.draftId)}${step}`;
}

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}
