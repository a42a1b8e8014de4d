/** Where `vite preview` serves the built renderer for e2e. E2E_PORT lets a second run share the machine. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
export const E2E_ORIGIN = `http://127.0.0.1:${E2E_PORT}`;
