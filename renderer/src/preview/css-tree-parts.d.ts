/** The css-tree 1.x modules css-tree-without-lexer.ts builds its syntax from (CommonJS, no type declarations). */
declare module 'css-tree/lib/syntax/create' {
  export function create(config: object): unknown;
}
declare module 'css-tree/lib/syntax/config/parser' {
  const config: object;
  export default config;
}
declare module 'css-tree/lib/syntax/config/walker' {
  const config: object;
  export default config;
}
