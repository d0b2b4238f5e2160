// Address patterns of the route table (server/routes.ts): `/interventies/:slug`, `/agenda/:file`,
// `/*path` for the rest. A `:name` is one whole segment; `*name` one or more segments, last.
// Addresses with a dot are files: a page's parameters never take a segment with a dot (so
// `/regiocoordinatoren/gemeenten.json` is no region), a file's may (`{ dots: true }`).
// Framework-free, so the table's matching is unit-tested without a server.

export type RouteParams = Record<string, string | string[]>;

export type CompiledPattern = { pattern: string; match(pathname: string): RouteParams | undefined };

export function compilePattern(pattern: string, { dots = false }: { dots?: boolean } = {}): CompiledPattern {
  const parts = pattern === '/' ? [] : pattern.slice(1).split('/');
  const rest = parts.at(-1)?.startsWith('*') ? parts.pop()!.slice(1) : undefined;
  if (parts.some((p) => p.startsWith('*'))) throw new Error(`${pattern}: *naam kan alleen het laatste deel zijn`);
  return {
    pattern,
    match(pathname) {
      const segments = pathname === '/' ? [] : pathname.slice(1).split('/');
      if (rest === undefined ? segments.length !== parts.length : segments.length <= parts.length) return undefined;
      const params: RouteParams = {};
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part.startsWith(':')) {
          if (segments[i] === '' || (!dots && segments[i].includes('.'))) return undefined;
          params[part.slice(1)] = segments[i];
        } else if (part !== segments[i]) return undefined;
      }
      if (rest !== undefined) {
        const tail = segments.slice(parts.length);
        if (!dots && tail.some((t) => t.includes('.'))) return undefined;
        params[rest] = tail;
      }
      return params;
    },
  };
}

/** The first of `routes` whose pattern matches, with its parameters. Fixed routes go before `*` ones. */
export function firstMatch<R extends { pattern: CompiledPattern }>(routes: readonly R[], pathname: string): { route: R; params: RouteParams } | undefined {
  for (const route of routes) {
    const params = route.pattern.match(pathname);
    if (params) return { route, params };
  }
  return undefined;
}
