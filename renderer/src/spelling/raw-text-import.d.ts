/** Vite's "?raw" text imports (the dictionary files), typed for the projects without vite/client's types (e2e). */
declare module '*.aff?raw' {
  const text: string;
  export default text;
}
declare module '*.dic?raw' {
  const text: string;
  export default text;
}
