// The request line's target, read the way the production server routes it. Framework-free.

/**
 * The target in origin form (`/pad?query`) and its URL, or undefined for a 400. An absolute
 * target (`GET http://evil.example/zoeken`) is read for its path only: its host is ignored, like
 * the Host header, so no redirect can point elsewhere. `*` and `host:port` are refused, and so is
 * a path whose percent-encoding does not decode (`/%c0` is no UTF-8).
 */
export function requestTarget(raw: string): { target: string; url: URL } | undefined {
  let target = raw;
  if (!target.startsWith('/')) {
    if (!/^https?:\/\//i.test(target)) return undefined;
    try {
      const absolute = new URL(target);
      target = `${absolute.pathname}${absolute.search}`;
    } catch {
      return undefined;
    }
  }
  try {
    // Not relative to a base: "//evil.example/x" is a path here, not another host.
    const url = new URL(`http://localhost${target}`);
    decodeURIComponent(url.pathname);
    return { target, url };
  } catch {
    return undefined;
  }
}
