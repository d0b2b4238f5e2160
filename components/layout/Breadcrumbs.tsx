import { translator } from '@/i18n/translate';
import { Link } from '@/components/ui/Link';
import { JsonLd } from '@/components/seo/JsonLd';
import { breadcrumbList } from '@/lib/seo/structured-data';
import { configuredOrigin } from '@/lib/urls';
import { contentLang } from '@/components/ui/Dutch';

/** `dutch`: the label is a title from content/. */
export type Crumb = { label: string; href: string; dutch?: boolean };

/** The trail above a page; the current page is the last item and is not a link. */
export function Breadcrumbs({ trail, current, currentDutch = false, locale }: { trail: Crumb[]; current: string; currentDutch?: boolean; locale: string }) {
  const t = translator(locale);
  const items: Crumb[] = [{ label: t('breadcrumb.home'), href: '/' }, ...trail];
  return (
    <nav aria-label={t('breadcrumb.label')} className="text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {items.map((c) => (
          <li key={c.href} className="flex items-center gap-2">
            <Link href={c.href} locale={locale} lang={c.dutch ? contentLang(locale) : undefined}>
              {c.label}
            </Link>
            <span aria-hidden="true" className="text-muted">
              ›
            </span>
          </li>
        ))}
        <li aria-current="page" lang={currentDutch ? contentLang(locale) : undefined} className="text-muted">
          {current}
        </li>
      </ol>
      <JsonLd data={breadcrumbList(configuredOrigin(), [...items.map((c) => ({ name: c.label, path: c.href })), { name: current }])} />
    </nav>
  );
}
