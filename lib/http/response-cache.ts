// The production server's memory of rendered pages: a search or list page is the same for every
// visitor until the content or the clock changes, so it is rendered once per address and then
// sent like a prerendered page. Bounded by bytes, least recently used first out; framework-free.

export type CachedPage = {
  status: number;
  headers: Readonly<Record<string, string>>;
  body: Buffer;
  etag: string;
  /** Compressed forms, made off the event loop when first asked for. */
  encoded: Map<string, Buffer>;
  /** The moment (ms) from which the page may show something else (lib/content/clock.ts). */
  validUntil: number;
};

const sizeOf = (key: string, page: CachedPage) => {
  let bytes = key.length * 2 + page.body.length + 512;
  for (const b of page.encoded.values()) bytes += b.length;
  return bytes;
};

export class ResponseCache {
  private entries = new Map<string, { page: CachedPage; bytes: number }>();
  private total = 0;

  constructor(readonly maxBytes: number) {}

  /** The page for a key while it is valid at `now`; an expired one is dropped. */
  get(key: string, now: number): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (now >= entry.page.validUntil) {
      this.total -= entry.bytes;
      return undefined;
    }
    this.entries.set(key, entry); // most recently used goes last
    return entry.page;
  }

  set(key: string, page: CachedPage): void {
    this.delete(key);
    const bytes = sizeOf(key, page);
    // A page larger than the whole cache is sent, not kept.
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { page, bytes });
    this.total += bytes;
    this.evict();
  }

  /** After a compressed form was added to a cached page: count it, and make room. */
  grew(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    const bytes = sizeOf(key, entry.page);
    this.total += bytes - entry.bytes;
    entry.bytes = bytes;
    this.evict();
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.total -= entry.bytes;
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  private evict() {
    for (const [key, entry] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.entries.delete(key);
      this.total -= entry.bytes;
    }
  }
}
