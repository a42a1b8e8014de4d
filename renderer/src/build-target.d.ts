/**
 * Which renderer build the code runs in: a build-time constant, true in vite.web.config.ts (a plain browser: no
 * main process, so the renderer itself writes DOCX files and reads/writes draft files), false in
 * electron.vite.config.ts (the desktop app: main does both), absent in unit tests, which take the browser paths.
 * Browser-only code sits behind `if (typeof __BROWSER_BUILD__ !== 'undefined' && !__BROWSER_BUILD__) throw …`
 * followed by a dynamic import, written out in the module that imports: rolldown then drops the import from the
 * desktop bundle (it does not see through a constant imported from another module).
 */
declare const __BROWSER_BUILD__: boolean | undefined;
