/** GET a small file (signed manifest, signature) with a size cap; Electron's net.fetch is injected. */
export async function fetchCapped(
  fetchFn: (url: string) => Promise<Response>,
  url: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const response = await fetchFn(url);
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new Error(`GET ${url}: ${declared} bytes > ${maxBytes}`);
  const data = new Uint8Array(await response.arrayBuffer());
  if (data.length > maxBytes) throw new Error(`GET ${url}: ${data.length} bytes > ${maxBytes}`);
  return data;
}
