import { describe, expect, it } from 'vitest';
import { keepKeyBeforeEditor, type InputBeforeEditor } from './input-before-editor';

/** A keydown as the read-only text receives it; only what `keepKeyBeforeEditor` reads. */
function press(key: string, mods: { ctrl?: boolean; alt?: boolean; shift?: boolean; altGraph?: boolean } = {}) {
  return {
    key,
    code: '',
    keyCode: 0,
    ctrlKey: mods.ctrl ?? false,
    metaKey: false,
    altKey: mods.alt ?? false,
    shiftKey: mods.shift ?? false,
    defaultPrevented: false,
    isComposing: false,
    getModifierState: (name: string) => name === 'AltGraph' && (mods.altGraph ?? false),
  } as unknown as KeyboardEvent;
}

function keep(...events: KeyboardEvent[]): { kept: InputBeforeEditor[]; used: boolean[] } {
  const kept: InputBeforeEditor[] = [];
  const used = events.map((e) => keepKeyBeforeEditor(kept, e));
  return { kept, used };
}

describe('keys pressed before the editor is there', () => {
  it('keeps typed characters together, Vietnamese ones and astral ones whole', () => {
    const { kept } = keep(...[...'Hòa 𝐀'].map((c) => press(c)));
    expect(kept).toEqual([{ kind: 'text', text: 'Hòa 𝐀' }]);
  });

  it('takes a character typed meanwhile back with Backspace, and keeps Backspace once there is none', () => {
    const { kept } = keep(press('a'), press('𝐀'), press('Backspace'), press('Backspace'), press('Backspace'));
    expect(kept).toEqual([{ kind: 'key', press: expect.objectContaining({ key: 'Backspace' }) }]);
  });

  it('keeps Enter, Shift+Enter, Delete and Ctrl+A/B/I/U in order between the characters', () => {
    const { kept } = keep(press('x'), press('Enter', { shift: true }), press('b', { ctrl: true }), press('y'));
    expect(kept.map((k) => (k.kind === 'text' ? k.text : k.kind === 'key' ? k.press.key : 'paste'))).toEqual([
      'x',
      'Enter',
      'b',
      'y',
    ]);
    expect(kept[1]).toMatchObject({ press: { shiftKey: true } });
  });

  it('leaves other keys to the browser: Ctrl+R, Ctrl+C, Alt+letter, arrows, Ctrl+Backspace', () => {
    const { kept, used } = keep(
      press('r', { ctrl: true }),
      press('c', { ctrl: true }),
      press('f', { alt: true }),
      press('ArrowLeft'),
      press('Backspace', { ctrl: true }),
    );
    expect(kept).toEqual([]);
    expect(used).toEqual([false, false, false, false, false]);
  });

  it('types what AltGr gives, and leaves keys the find panel has already taken', () => {
    const taken = { ...press('f', { ctrl: true }), defaultPrevented: true } as KeyboardEvent;
    const { kept, used } = keep(press('@', { ctrl: true, alt: true, altGraph: true }), taken);
    expect(kept).toEqual([{ kind: 'text', text: '@' }]);
    expect(used).toEqual([true, false]);
  });
});
