/**
 * "Tổng hợp" off the page's thread: compiling 200 received reports takes seconds, and the window must stay
 * responsive (the spinner turns) meanwhile. Runs the same function as the in-page fallback.
 */
import { compileReports, type CompileOptions, type CompileSource } from '../../../core/compile/compile-reports';

export interface CompileRequest {
  sources: CompileSource[];
  options: CompileOptions;
}

globalThis.addEventListener('message', (event: MessageEvent<CompileRequest>) => {
  try {
    globalThis.postMessage({ done: true, result: compileReports(event.data.sources, event.data.options) });
  } catch {
    globalThis.postMessage({ done: false });
  }
});
