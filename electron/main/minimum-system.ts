/**
 * The oldest system the app runs on: Windows 10 (Electron dropped Windows 7/8/8.1 with Chromium 110),
 * 64-bit (Electron ships no 32-bit Windows build since 44). Checked at start with os.release() injected,
 * so an unsupported PC gets a clear Vietnamese sentence instead of a crash. The NSIS installer shows the
 * same sentences (build/installer.nsh; electron-builder-config.test.ts keeps them equal).
 */

export const UNSUPPORTED_SYSTEM_TITLE = 'Soạn Báo Cáo không chạy được trên máy này';

export const UNSUPPORTED_SYSTEM_MESSAGES = {
  windowsTooOld:
    'Soạn Báo Cáo cần Windows 10 hoặc mới hơn; máy này đang chạy phiên bản Windows cũ hơn. Hãy nhờ cán bộ tin học nâng cấp Windows hoặc dùng máy khác.',
  windows32Bit:
    'Soạn Báo Cáo cần Windows 10 (hoặc mới hơn) bản 64-bit; máy này chạy Windows 32-bit. Hãy nhờ cán bộ tin học cài trên máy dùng Windows 64-bit.',
} as const;

const MINIMUM_WINDOWS_MAJOR = 10;

/** `osRelease`: os.release(), e.g. "10.0.19045" (Windows 10 and 11), "6.3.9600" (Windows 8.1). */
export function unsupportedSystemMessage(platform: NodeJS.Platform, osRelease: string): string | null {
  if (platform !== 'win32') return null;
  const major = Number.parseInt(osRelease.split('.')[0] ?? '', 10);
  // An unreadable version is not a reason to lock the clerk out.
  if (!Number.isFinite(major)) return null;
  return major < MINIMUM_WINDOWS_MAJOR ? UNSUPPORTED_SYSTEM_MESSAGES.windowsTooOld : null;
}
