import { translator } from '@/i18n/translate';
import { Link } from '@/components/ui/Link';
import { urls } from '@/lib/urls';

export function NotFoundContent({ locale }: { locale: string }) {
  const t = translator(locale);
  const links = [
    [t('nav.themes'), urls.themes()],
    [t('nav.municipalities'), urls.municipalities()],
    [t('nav.interventions'), urls.interventions()],
    [t('nav.current'), urls.current()],
    [t('footer.contact'), urls.contact()],
  ];
  return (
    <div className="container-page py-12">
      <h1 className="text-3xl font-bold text-brand-900">{t('notFound.title')}</h1>
      <p className="mt-4 max-w-2xl text-lg">{t('notFound.text')}</p>
      <p className="mt-6 font-semibold">{t('notFound.suggestions')}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {links.map(([label, href]) => (
          <li key={href}>
            <Link href={href} locale={locale}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-6">
        <Link href="/" locale={locale}>
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}
