/** How each kind of outline is named in lists: the clerk must see at a glance which ones nobody signed. */
import type { OutlineOrigin } from '../template-packs/template-registry';

export const LOCAL_OUTLINE_LABEL = 'Đề cương tự soạn (chưa ký)';

export const ORIGIN_LABELS: Record<OutlineOrigin, string> = {
  'built-in': 'Có sẵn trong ứng dụng',
  pack: 'Gói đề cương đã ký số',
  local: LOCAL_OUTLINE_LABEL,
};
