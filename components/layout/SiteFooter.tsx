import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { urls } from '@/lib/urls';
import { GKA_MAILBOX } from '@/lib/site';


export async function SiteFooter() {
  const t = await getTranslations('footer');
  const site = await getTranslations('site');
  const columns = [
    {
      heading: t('sectionsHeading'),
      links: [
        [t('about'), urls.about()],
        [t('agendas'), urls.agendasIndex()],
        [t('publications'), urls.publications()],
        [t('podcast'), urls.podcastIndex()],
        [t('openData'), urls.openData()],
      ],
    },
    {
      heading: t('serviceHeading'),
      links: [
        [t('contact'), urls.contact()],
        [t('coordinators'), urls.coordinators()],
        [t('accessibility'), urls.accessibility()],
        [t('privacy'), urls.privacy()],
      ],
    },
  ];
  return (
    <footer className="mt-16 border-t-4 border-accent-500 bg-brand-950 text-white">
      <div className="container-page grid gap-8 py-10 sm:grid-cols-3">
        <div>
          <p className="text-lg font-semibold">{site('name')}</p>
          <p className="mt-2 text-sm text-brand-100">{site('ministry')}</p>
          <p className="mt-4 text-sm">
            {t('mailbox')}:{' '}
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
                  <Link href={href} className="text-white hover:text-white">
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
