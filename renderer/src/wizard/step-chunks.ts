/**
 * The parts of the wizard that bring the editor (TipTap/ProseMirror, the biggest code of the app) are chunks
 * of their own, so the first step can paint without them: the body editor (loaded as soon as a step shows
 * one, mounted by deferred-rich-text.tsx) and the chapter step (loaded at launch when the app opens on a
 * chapter, else once the first step has painted). The review step (its checker, counts, export history and
 * USB dialogs, with MUI's Table) is one too, loaded the same way: most launches open on another step.
 */
import { lazyChunk } from '../app/lazy-chunk';

export const editorChunk = lazyChunk(() => import('../editor/rich-text-editor'));
export const chapterStepChunk = lazyChunk(() => import('./chapter-step'));
export const reviewStepChunk = lazyChunk(() => import('./review-step'));
