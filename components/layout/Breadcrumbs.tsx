import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { JsonLd } from '@/components/seo/JsonLd';
import { breadcrumbList } from '@/lib/structured-data';
import { configuredOrigin } from '@/lib/urls';

export type Crumb = { label: string; href: string };

/** The trail above a page; the current page is the last item and is not a link. */
export async function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  const t = await getTranslations('breadcrumb');
  const items = [{ label: t('home'), href: '/' }, ...trail];
  return (
    <nav aria-label={t('label')} className="text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {items.map((c) => (
          <li key={c.href} className="flex items-center gap-2">
            <Link href={c.href}>{c.label}</Link>
            <span aria-hidden="true" className="text-muted">
              ›
            </span>
          </li>
        ))}
        <li aria-current="page" className="text-muted">
          {current}
        </li>
      </ol>
      <JsonLd data={breadcrumbList(configuredOrigin(), [...items.map((c) => ({ name: c.label, path: c.href })), { name: current }])} />
    </nav>
  );
}
