/** The hidden `<input type="file">` behind an "Mở …" button: hands over the chosen file, then forgets it so the same file can be chosen again. */
import type { Ref } from 'react';

export function HiddenFileInput({
  inputRef,
  accept,
  testId,
  onFile,
}: {
  inputRef: Ref<HTMLInputElement>;
  accept: string;
  testId: string;
  onFile: (file: File) => void;
}) {
  return (
    <input
      ref={inputRef}
      type="file"
      accept={accept}
      hidden
      data-testid={testId}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
}
