import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname, Link } from '@/i18n/navigation';
import { RegionContact } from '@/components/content/RegionContact';
import { municipalities, municipalityByCode, regionOf } from '@/lib/content';
import { FIGURES } from '@/lib/figures';
import type { FinderResult, NameEntry, RegisterMunicipality } from '@/lib/municipality-finder';
import { urls } from '@/lib/urls';
import { MunicipalityCombobox } from './MunicipalityCombobox';

/** "Vind je regiocoördinator": a GET form (the server matches) with the combobox on top. */
export async function CoordinatorFinder({ query, result }: { query: string; result: FinderResult }) {
  const t = await getTranslations('finder');
  const action = getPathname({ href: urls.coordinators(), locale: await getLocale() });
  return (
    <section aria-labelledby="vind-titel" className="rounded-md border-2 border-brand-700 bg-white p-5 sm:p-6">
      <h2 id="vind-titel" className="text-2xl font-bold text-brand-900">
        {t('title')}
      </h2>
      <form action={action} method="get" role="search" aria-labelledby="vind-titel" className="mt-4 max-w-xl">
        <label htmlFor="gemeente" className="block font-semibold">
          {t('label')}
        </label>
        <p id="gemeente-hint" className="text-muted">
          {t('hint')}
        </p>
        <div className="mt-2 flex flex-col gap-3 sm:flex-row">
          <div className="flex-1">
            <MunicipalityCombobox
              id="gemeente"
              name="gemeente"
              defaultValue={query}
              describedBy="gemeente-hint"
              dataUrl={urls.finderData()}
              texts={{ count: t('suggestions'), none: t('noSuggestions'), listLabel: t('listLabel'), former: t.raw('formerShort') as string, alternative: t.raw('alternativeShort') as string }}
            />
          </div>
          <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 text-lg font-semibold text-white hover:bg-brand-800">
            {t('submit')}
          </button>
        </div>
      </form>
      {result.status !== 'empty' && (
        <div id="resultaat" className="mt-6 border-t border-brand-100 pt-6">
          <FinderAnswer query={query} result={result} />
        </div>
      )}
    </section>
  );
}

async function FinderAnswer({ query, result }: { query: string; result: Exclude<FinderResult, { status: 'empty' }> }) {
  const t = await getTranslations('finder');
  if (result.status === 'none') {
    return (
      <div role="alert">
        <h3 className="text-xl font-bold text-brand-900">{t('noneTitle')}</h3>
        <p className="mt-2">{t('none', { query })}</p>
      </div>
    );
  }
  if (result.status === 'choose') {
    return (
      <div>
        <h3 className="text-xl font-bold text-brand-900">{t('chooseTitle')}</h3>
        <p className="mt-2">{t('choose', { query })}</p>
        <ul className="mt-3 space-y-2">
          {result.candidates.map((c) => (
            <li key={c.municipality.code}>
              <Link href={urls.coordinatorFor(c.municipality.code)} className="font-semibold">
                {c.municipality.name}
              </Link>{' '}
              <span className="text-muted">
                · {c.municipality.province}
                {c.matched.kind === 'former' && ` · ${t('formerShort', { name: c.matched.label })}`}
              </span>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return <FoundMunicipality query={query} municipality={result.municipality} matched={result.matched} exact={result.exact} />;
}

async function FoundMunicipality({ query, municipality, matched, exact }: { query: string; municipality: RegisterMunicipality; matched: NameEntry; exact: boolean }) {
  const t = await getTranslations();
  const region = regionOf(municipality);
  const member = municipalityByCode(municipality.code);
  const howFound =
    matched.kind === 'former'
      ? t('finder.former', { name: matched.label, since: String(matched.since ?? ''), municipality: municipality.name })
      : !exact
        ? t('finder.closest', { query, municipality: municipality.name })
        : matched.kind === 'alternative' && matched.label !== municipality.name.replace(/\s*\([A-Z]+\.\)$/, '')
          ? t('finder.alternative', { name: matched.label, municipality: municipality.name })
          : undefined;
  return (
    <div>
      <h3 className="text-xl font-bold text-brand-900">{t('finder.foundTitle', { municipality: municipality.name })}</h3>
      {howFound && <p className="mt-1 text-muted">{howFound}</p>}
      <p className="mt-3">
        {region
          ? t.rich('finder.inRegion', { municipality: municipality.name, province: municipality.province, region: region.title, link: (chunks) => <Link href={region.url}>{chunks}</Link> })
          : t('finder.noRegion', { municipality: municipality.name, province: municipality.province })}
      </p>
      {region && (
        <div className="mt-4 rounded-md bg-brand-50 p-4">
          <h4 className="font-bold">{t('finder.contactTitle', { region: region.title })}</h4>
          <div className="mt-2">
            <RegionContact region={region} />
          </div>
          {region.example && <p className="mt-2 text-sm text-muted">{t('finder.exampleRegion')}</p>}
        </div>
      )}
      <h4 className="mt-6 font-bold">{t('finder.gkaTitle')}</h4>
      {member ? (
        <p className="mt-2">
          {member.gkaSince ? t('finder.memberSince', { municipality: member.title, year: String(member.gkaSince) }) : t('finder.member', { municipality: member.title })}{' '}
          <Link href={member.url}>{t('finder.memberLink', { municipality: member.title })}</Link>
        </p>
      ) : (
        <>
          <p className="mt-2">
            {municipalities.length < FIGURES.municipalities
              ? t('finder.notListedIncomplete', { municipality: municipality.name, count: municipalities.length, gka: FIGURES.municipalities })
              : t('finder.notListed', { municipality: municipality.name })}
          </p>
          <p className="mt-3">{t('finder.forEverySchool')}</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            <li>
              <Link href={urls.agendasIndex()}>{t('finder.offerAgendas')}</Link>
            </li>
            <li>
              <Link href={urls.eventsIndex()}>{t('finder.offerEvents')}</Link>
            </li>
            <li>
              <Link href={urls.interventions()}>{t('finder.offerInterventions')}</Link>
            </li>
          </ul>
        </>
      )}
    </div>
  );
}
