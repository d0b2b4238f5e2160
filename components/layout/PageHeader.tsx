import type { ReactNode } from 'react';
import { Breadcrumbs, type Crumb } from './Breadcrumbs';
import { Notice } from '@/components/ui/Notice';
import { contentLang } from '@/components/ui/Dutch';

/** Breadcrumbs, the page's only h1, an optional lead and meta line. */
export function PageHeader({
  title,
  trail,
  locale,
  lead,
  meta,
  children,
  draft = false,
  dutch = false,
}: {
  /** Title and lead come from content/ (Dutch on every locale); 'lead' when only the lead does. */
  dutch?: boolean | 'lead';
  draft?: boolean;
  title: string;
  trail: Crumb[];
  locale: string;
  lead?: string;
  meta?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="border-b border-brand-100 bg-brand-50">
      <div className="container-page py-6 sm:py-8">
        {draft && (
          <Notice as="p" tone="draft" className="mb-4">
            Concept: deze pagina is niet gepubliceerd. Je ziet haar alleen in de ontwikkelserver.
          </Notice>
        )}
        <Breadcrumbs trail={trail} current={title} currentDutch={dutch === true} locale={locale} />
        <h1
          lang={dutch ? contentLang(locale) : undefined}
          className="mt-4 text-[1.75rem] leading-tight font-bold tracking-tight text-brand-900 text-balance sm:text-4xl"
        >
          {title}
        </h1>
        {meta && <div className="mt-3 text-muted">{meta}</div>}
        {lead && (
          <p lang={dutch ? contentLang(locale) : undefined} className="mt-4 max-w-3xl text-lg text-ink">
            {lead}
          </p>
        )}
        {children}
      </div>
    </div>
  );
}
