// Where each form sits in the site, for its breadcrumbs: under the page that points to it.
import { pageByPath } from '../content';

const crumb = (path: string) => {
  const page = pageByPath(path);
  return page ? [{ label: page.title, href: page.url }] : [];
};

export const formTrails = {
  vraag: () => crumb('contact'),
  initiatief: () => crumb('contact'),
  dashboard: () => [...crumb('voor-scholen'), ...crumb('voor-scholen/dashboard')],
};
