/** The part of nspell the spell check uses (its own @types package pulls Node's types into the renderer). */
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
  }
  export default function nspell(aff: string, dic: string): NSpell;
}
