import { translator } from '@/i18n/translate';
import { Link } from '@/components/ui/Link';
import { RegionContact } from '@/components/content/RegionContact';
import type { Snapshot } from '@/lib/content';
import { FIGURES } from '@/lib/figures';
import { FINDER_ANSWER_ID as ANSWER_ID, type FinderResult, type NameEntry, type RegisterMunicipality } from '@/lib/municipalities/finder';
import { localized, urls } from '@/lib/urls';
import { MunicipalityCombobox } from './Combobox';
import { Button } from '@/components/ui/Button';

/** "Vind je regiocoördinator": a GET form (the server matches) with the combobox on top; the answer from `content`'s regions and municipalities. */
export function CoordinatorFinder({ content, query, result, locale }: { content: Snapshot; query: string; result: FinderResult; locale: string }) {
  const t = translator(locale);
  // The answer is further down the page: the address takes the visitor there (and the script focuses it).
  const action = `${localized(urls.coordinators(), locale)}#${ANSWER_ID}`;
  return (
    <section aria-labelledby="vind-titel" className="rounded-md border-2 border-brand-700 bg-white p-5 sm:p-6">
      <h2 id="vind-titel" className="text-2xl font-bold text-brand-900">
        {t('finder.title')}
      </h2>
      <form action={action} method="get" role="search" aria-labelledby="vind-titel" className="mt-4 max-w-xl">
        <label htmlFor="gemeente" className="block font-semibold">
          {t('finder.label')}
        </label>
        <p id="gemeente-hint" className="text-muted">
          {t('finder.hint')}
        </p>
        <div className="mt-2 flex flex-col gap-3 sm:flex-row">
          <div className="flex-1">
            <MunicipalityCombobox id="gemeente" name="gemeente" defaultValue={query} describedBy="gemeente-hint" dataUrl={urls.finderData()} locale={locale} />
          </div>
          <Button size="lg">{t('finder.submit')}</Button>
        </div>
      </form>
      {/* Always there, empty before a search: the form and the choices link to it (#resultaat). */}
      <div id={ANSWER_ID} tabIndex={-1} className={result.status === 'empty' ? undefined : 'mt-6 border-t border-brand-100 pt-6'}>
        {result.status !== 'empty' && <FinderAnswer content={content} query={query} result={result} locale={locale} />}
      </div>
    </section>
  );
}

function FinderAnswer({
  content,
  query,
  result,
  locale,
}: {
  content: Snapshot;
  query: string;
  result: Exclude<FinderResult, { status: 'empty' }>;
  locale: string;
}) {
  const t = translator(locale);
  if (result.status === 'none') {
    return (
      <div role="alert">
        <h3 className="text-xl font-bold text-brand-900">{t('finder.noneTitle')}</h3>
        <p className="mt-2">{t('finder.none', { query })}</p>
      </div>
    );
  }
  if (result.status === 'choose') {
    return (
      <div>
        <h3 className="text-xl font-bold text-brand-900">{t('finder.chooseTitle')}</h3>
        <p className="mt-2">{t('finder.choose', { query })}</p>
        <ul className="mt-3 space-y-2">
          {result.candidates.map((c) => (
            <li key={c.municipality.code}>
              <Link href={`${urls.coordinatorFor(c.municipality.code)}#${ANSWER_ID}`} locale={locale} className="font-semibold">
                {c.municipality.name}
              </Link>{' '}
              <span className="text-muted">
                · {c.municipality.province}
                {c.matched.kind === 'former' && ` · ${t('finder.formerShort', { name: c.matched.label })}`}
              </span>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return <FoundMunicipality content={content} query={query} municipality={result.municipality} matched={result.matched} exact={result.exact} locale={locale} />;
}

function FoundMunicipality({
  content,
  query,
  municipality,
  matched,
  exact,
  locale,
}: {
  content: Snapshot;
  query: string;
  municipality: RegisterMunicipality;
  matched: NameEntry;
  exact: boolean;
  locale: string;
}) {
  const t = translator(locale);
  const region = content.regionOf(municipality);
  const member = content.municipalityByCode(municipality.code);
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
          ? t.rich('finder.inRegion', {
              municipality: municipality.name,
              province: municipality.province,
              region: region.title,
              link: (chunks) => (
                <Link href={region.url} locale={locale}>
                  {chunks}
                </Link>
              ),
            })
          : t('finder.noRegion', { municipality: municipality.name, province: municipality.province })}
      </p>
      {region && (
        <div className="mt-4 rounded-md bg-brand-50 p-4">
          <h4 className="font-bold">{t('finder.contactTitle', { region: region.title })}</h4>
          <div className="mt-2">
            <RegionContact region={region} locale={locale} />
          </div>
          <p className="mt-2 text-sm text-muted">{t('finder.divisionNote')}</p>
        </div>
      )}
      <h4 className="mt-6 font-bold">{t('finder.gkaTitle')}</h4>
      {member ? (
        <p className="mt-2">
          {member.gkaSince
            ? t('finder.memberSince', { municipality: member.title, year: String(member.gkaSince) })
            : t('finder.member', { municipality: member.title })}{' '}
          <Link href={member.url} locale={locale}>
            {t('finder.memberLink', { municipality: member.title })}
          </Link>
        </p>
      ) : (
        <>
          <p className="mt-2">
            {content.municipalities.length < FIGURES.municipalities
              ? t('finder.notListedIncomplete', { municipality: municipality.name, count: content.municipalities.length, gka: FIGURES.municipalities })
              : t('finder.notListed', { municipality: municipality.name })}
          </p>
          <p className="mt-3">{t('finder.forEverySchool')}</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            <li>
              <Link href={urls.agendasIndex()} locale={locale}>
                {t('finder.offerAgendas')}
              </Link>
            </li>
            <li>
              <Link href={urls.eventsIndex()} locale={locale}>
                {t('finder.offerEvents')}
              </Link>
            </li>
            <li>
              <Link href={urls.interventions()} locale={locale}>
                {t('finder.offerInterventions')}
              </Link>
            </li>
          </ul>
        </>
      )}
    </div>
  );
}
