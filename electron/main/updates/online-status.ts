/**
 * What the "Cập nhật" dialog says about online updates: the policy's reason when they are off, then the
 * updater's phases. Pure.
 */
import type { OnlineUpdateStatus } from '../../ipc/update-types';
import type { UpdatePolicy } from './update-policy';

const USB_HINT = 'Vẫn có thể cập nhật bằng gói trên USB do Văn phòng Tỉnh ủy cung cấp.';

export const ONLINE_STATUS_MESSAGES = {
  'admin-disabled': `Quản trị viên đã tắt cập nhật qua mạng trên máy này. ${USB_HINT}`,
  'admin-invalid': `Tệp chính sách cập nhật của quản trị viên bị lỗi nên cập nhật qua mạng đang tắt. Hãy báo cán bộ tin học. ${USB_HINT}`,
  'no-feed': `Chưa cấu hình máy chủ cập nhật nên ứng dụng không cập nhật qua mạng. ${USB_HINT}`,
  'user-disabled': `Cập nhật qua mạng đang tắt trong cấu hình của ứng dụng. ${USB_HINT}`,
  offline:
    'Máy tính chưa kết nối mạng nên chưa kiểm tra được bản cập nhật. Hãy thử lại khi có mạng, hoặc cập nhật bằng gói trên USB.',
  notAvailable: 'Chưa có bản cập nhật nào để tải. Hãy bấm “Kiểm tra bản mới” trước.',
  notReady:
    'Chưa có bản cập nhật nào đã tải và kiểm tra xong để cài. Hãy bấm “Kiểm tra bản mới” rồi “Tải bản cập nhật”.',
} as const;

export function initialOnlineStatus(policy: UpdatePolicy): OnlineUpdateStatus {
  return policy.enabled ? { phase: 'idle' } : { phase: 'disabled', message: ONLINE_STATUS_MESSAGES[policy.reason] };
}
