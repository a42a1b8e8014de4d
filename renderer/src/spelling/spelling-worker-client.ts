/**
 * The page's side of the spelling worker: started on the first question, one for all editors. Where a worker
 * cannot start (a locked-down webview) the spell check stays silent: no underline is better than a frozen page.
 */
import type { ToneStyle } from '../../../core/text/tone-style';
import type { SpellingAnswer, SpellingRequest } from './spelling-protocol';

export interface DictionaryClient {
  /** The words the dictionary does not know, among those given. */
  unknownOf(words: readonly string[]): Promise<Set<string>>;
  suggest(word: string, style: ToneStyle): Promise<string[]>;
}

type Pending = { resolve: (answer: SpellingAnswer) => void; reject: (error: Error) => void };
type Request = SpellingRequest extends infer R ? (R extends SpellingRequest ? Omit<R, 'id'> : never) : never;

export function workerDictionary(): DictionaryClient {
  let worker: Worker | null = null;
  let broken: Error | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const fail = (error: Error) => {
    broken = error;
    worker?.terminate();
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const start = (): Worker => {
    const w = new Worker(new URL('./spelling.worker.ts', import.meta.url), {
      type: 'module',
      name: 'kiem-tra-chinh-ta',
    });
    w.addEventListener('message', (event: MessageEvent<SpellingAnswer>) => {
      const p = pending.get(event.data.id);
      pending.delete(event.data.id);
      p?.resolve(event.data);
    });
    w.addEventListener('error', (event) => {
      event.preventDefault();
      fail(new Error('Không khởi động được bộ kiểm tra chính tả.'));
    });
    w.addEventListener('messageerror', () => fail(new Error('Bộ kiểm tra chính tả trả lời sai định dạng.')));
    return w;
  };
  const ask = (request: Request): Promise<SpellingAnswer> => {
    if (broken) return Promise.reject(broken);
    try {
      worker ??= start();
    } catch {
      fail(new Error('Không khởi động được bộ kiểm tra chính tả.'));
      return Promise.reject(broken!);
    }
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker!.postMessage({ ...request, id });
    });
  };
  return {
    async unknownOf(words) {
      const answer = await ask({ kind: 'check', words: [...words] });
      return new Set(answer.kind === 'check' ? answer.unknown : []);
    },
    async suggest(word, style) {
      const answer = await ask({ kind: 'suggest', word, style });
      return answer.kind === 'suggest' ? answer.suggestions : [];
    },
  };
}
