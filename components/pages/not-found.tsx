import { translator } from '@/i18n/translate';
import { NotFoundContent } from '@/components/layout/NotFoundContent';
import type { PageView } from './types';

/**
 * The not-found page in a language other than Dutch. Next's own 404 (app/not-found.tsx) is one
 * static page for every unmatched address and cannot know the language of the address; the
 * production server answers Next's 404s under /en with this view instead (server/index.ts).
 */
export function notFoundPage({ locale }: { locale: string }): PageView {
  return {
    metadata: { title: translator(locale)('notFound.title'), robots: { index: false } },
    body: <NotFoundContent locale={locale} />,
    status: 404,
  };
}
