import { translator } from '@/i18n/translate';
import { FIGURES } from '@/lib/figures';
import { urls } from '@/lib/urls';

/**
 * For editors only: how much of the real figures the site holds and how the rest comes in (the import). The
 * public pages say only what the site holds (components/content/Coverage.tsx).
 */
export function ContentCoverage({ interventions, municipalities }: { interventions: number; municipalities: number }) {
  const t = translator('nl');
  return (
    <section aria-labelledby="inhoud-titel" className="rounded-md border border-brand-100 p-5">
      <h2 id="inhoud-titel" className="text-xl font-bold">
        {t('staff.coverage.title')}
      </h2>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        <li>{t('staff.coverage.interventions', { count: interventions, total: FIGURES.interventions2022 })}</li>
        <li>{t('staff.coverage.municipalities', { count: municipalities, gka: FIGURES.municipalities })}</li>
      </ul>
      <p className="mt-3">
        <a href={urls.staffImport()}>{t('staff.coverage.rest')}</a>
      </p>
    </section>
  );
}
