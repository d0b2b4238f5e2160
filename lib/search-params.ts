/** A request's query string as the same record shape pages get from Next.js. */
export function queryRecord(url: URL): Record<string, string[]> {
  const raw: Record<string, string[]> = {};
  for (const [k, v] of url.searchParams) (raw[k] ??= []).push(v);
  return raw;
}
