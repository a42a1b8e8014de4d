; Included by electron-builder's NSIS installer (electron-builder.yml: nsis.include). UTF-8: makensis
; runs with -INPUTCHARSET UTF8. The sentences equal electron/main/minimum-system.ts (a test checks).
!include "WinVer.nsh"
!include "x64.nsh"

; preInit runs first in .onInit, before electron-builder's own (English-only) 64-bit check.
!macro preInit
  ; The build runs .onInit once to write the uninstaller: never refuse on the build machine.
  !ifndef BUILD_UNINSTALLER
    ${If} ${AtMostWin8.1}
      MessageBox MB_OK|MB_ICONSTOP "Soạn Báo Cáo cần Windows 10 hoặc mới hơn; máy này đang chạy phiên bản Windows cũ hơn. Hãy nhờ cán bộ tin học nâng cấp Windows hoặc dùng máy khác." /SD IDOK
      SetErrorLevel 1
      Quit
    ${EndIf}
    ${IfNot} ${RunningX64}
    ${AndIfNot} ${IsNativeARM64}
      MessageBox MB_OK|MB_ICONSTOP "Soạn Báo Cáo cần Windows 10 (hoặc mới hơn) bản 64-bit; máy này chạy Windows 32-bit. Hãy nhờ cán bộ tin học cài trên máy dùng Windows 64-bit." /SD IDOK
      SetErrorLevel 1
      Quit
    ${EndIf}
  !endif
!macroend
