/** The part of Paged.js (no types of its own) that the paginated preview uses. */
declare module 'pagedjs' {
  /** One laid-out page; `element` is its `.pagedjs_page`. */
  export interface PagedPage {
    element: HTMLElement;
  }
  export interface PagedFlow {
    pages: PagedPage[];
    total: number;
  }
  /** Stylesheets are given as text, keyed by a name (a URL would be fetched). */
  export type PagedStylesheet = Record<string, string>;
  export class Polisher {
    destroy(): void;
  }
  export class Chunker {
    source: HTMLElement;
  }
  export class Previewer {
    constructor(options?: Record<string, unknown>);
    polisher: Polisher;
    chunker: Chunker;
    preview(
      content: DocumentFragment | HTMLElement,
      stylesheets: PagedStylesheet[],
      renderTo: HTMLElement,
    ): Promise<PagedFlow>;
  }
  export class Handler {
    constructor(chunker: Chunker, polisher: Polisher, caller: unknown);
  }
  export function registerHandlers(...handlers: (typeof Handler)[]): void;
}
