/** What the end screen says after a verified submission: the headline and how to remove the stick safely per OS. */

export const SUBMIT_HEADLINE = 'Đã ghi và kiểm tra xong — có thể rút USB';

export function removalHint(platform: NodeJS.Platform): string {
  switch (platform) {
    case 'win32':
      return 'Để rút an toàn: bấm biểu tượng USB ở góc phải thanh tác vụ, chọn “Eject” (Đẩy ra) đúng tên USB, chờ thông báo “Safe To Remove Hardware” rồi mới rút.';
    case 'darwin':
      return 'Để rút an toàn: trong Finder, bấm nút ⏏ cạnh tên USB (hoặc kéo biểu tượng USB vào Thùng rác), chờ biểu tượng biến mất rồi mới rút.';
    default:
      return 'Để rút an toàn: trong trình quản lý tệp, bấm nút ⏏ (Đẩy ra) cạnh tên USB, chờ USB biến khỏi danh sách và đèn USB ngừng nháy rồi mới rút.';
  }
}
