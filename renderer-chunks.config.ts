/**
 * How both renderer builds (desktop: electron.vite.config.ts, browser: vite.web.config.ts) split their chunks.
 * The UI libraries every screen needs (React, MUI, emotion, Dexie, zod) go into one chunk: left to itself the
 * bundler cut them into a dozen small shared chunks as the screens became lazy, and each chunk is compressed on
 * its own (+10 KB gzip in all, and more requests before the first screen). The editor (TipTap/ProseMirror) and
 * docx-preview stay out of it: they are loaded after the first paint.
 */
const UI_LIBRARIES =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|react-is|react-transition-group|@mui|@emotion|@babel[\\/]runtime|stylis|clsx|prop-types|hoist-non-react-statics|dexie|dexie-react-hooks|zod)[\\/]/;

export const rendererOutput = {
  codeSplitting: {
    groups: [{ name: 'ui', test: UI_LIBRARIES, priority: 10 }],
  },
};
