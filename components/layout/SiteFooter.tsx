import { translator } from '@/i18n/translate';
import { Link } from '@/components/ui/Link';
import { urls } from '@/lib/urls';
import { GKA_MAILBOX } from '@/lib/site';

export function SiteFooter({ locale }: { locale: string }) {
  const t = translator(locale);
  const columns = [
    {
      heading: t('footer.sectionsHeading'),
      links: [
        [t('footer.about'), urls.about()],
        [t('footer.agendas'), urls.agendasIndex()],
        [t('footer.publications'), urls.publications()],
        [t('footer.podcast'), urls.podcastIndex()],
        [t('footer.openData'), urls.openData()],
        [t('footer.developers'), urls.page('ontwikkelaars')],
      ],
    },
    {
      heading: t('footer.serviceHeading'),
      links: [
        [t('footer.contact'), urls.contact()],
        [t('footer.coordinators'), urls.coordinators()],
        [t('footer.alerts'), urls.alertIndex()],
        [t('footer.accessibility'), urls.accessibility()],
        [t('footer.privacy'), urls.privacy()],
      ],
    },
  ];
  return (
    <footer className="mt-16 border-t-4 border-accent-500 bg-brand-950 text-white">
      <div className="container-page grid gap-8 py-10 sm:grid-cols-3">
        <div>
          <p className="text-lg font-semibold">{t('site.name')}</p>
          <p className="mt-2 text-sm text-brand-100">{t('site.ministry')}</p>
          <p className="mt-4 text-sm">
            {t('footer.mailbox')}:{' '}
            <a href={`mailto:${GKA_MAILBOX}`} className="text-white hover:text-white">
              {GKA_MAILBOX}
            </a>
          </p>
        </div>
        {columns.map((col) => (
          <div key={col.heading}>
            <h2 className="text-base font-semibold">{col.heading}</h2>
            <ul className="mt-3 space-y-2 text-sm">
              {col.links.map(([label, href]) => (
                <li key={href}>
                  <Link href={href} locale={locale} className="text-white hover:text-white">
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </footer>
  );
}
