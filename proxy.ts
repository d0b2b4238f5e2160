import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

// Only Next's own pages pass here (forms and their confirmations): the production server answers
// every page of the route table itself (server/routes.ts), and a sign-up form the content does not
// ask for is not found there before Next is asked.
export default createMiddleware(routing);

export const config = {
  // Pages only (app/(site)): not Next's own files, not feeds or files (app/(feeds), app/(files):
  // their addresses have a dot), not the endpoints (app/(endpoints)) and not the staff view (Dutch
  // only). tests/routes.test.ts holds this against the folders and lib/urls.ts.
  matcher: ['/((?!api(?:/|$)|_next|_vercel|formulieren(?:/|$)|beheer(?:/|$)|.*\\..*).*)'],
};
