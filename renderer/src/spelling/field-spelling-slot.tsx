/**
 * Where a one-line field shows its spelling notes. The spell check's code (session, worker client) is loaded
 * as its own chunk the first time a field with text asks for it, so the first wizard step does not carry it.
 */
import { lazy, Suspense } from 'react';

const FieldSpelling = lazy(() => import('./field-spelling'));

export function FieldSpellingSlot(props: { label: string; text: string; onText: (text: string) => void }) {
  if (!props.text.trim()) return null;
  return (
    <Suspense fallback={null}>
      <FieldSpelling {...props} />
    </Suspense>
  );
}
