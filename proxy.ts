import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { isUnknownSignup } from './lib/forms/signup-slugs';
import { routing } from './i18n/routing';

const intl = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  // An address no route has: Next answers it with the server-rendered 404 (app/not-found.tsx).
  if (isUnknownSignup(request.nextUrl.pathname)) return NextResponse.rewrite(new URL('/_niet-gevonden', request.url));
  return intl(request);
}

export const config = {
  // Pages only (app/(site)): not Next's own files, not feeds or files (app/(feeds), app/(files):
  // their addresses have a dot), not the endpoints (app/(endpoints)) and not the staff view (Dutch
  // only). tests/routes.test.ts holds this against the folders and lib/urls.ts.
  matcher: ['/((?!api(?:/|$)|_next|_vercel|formulieren(?:/|$)|beheer(?:/|$)|.*\\..*).*)'],
};
