import { translator } from '@/i18n/translate';
import { localized, urls } from '@/lib/urls';

/** A plain GET form to /zoeken: search works without JavaScript from every page. */
export function SearchForm({ locale, q = '', variant = 'header' }: { locale: string; q?: string; variant?: 'header' | 'page' }) {
  const t = translator(locale);
  const id = variant === 'header' ? 'zoek-site' : 'zoek-pagina';
  const big = variant === 'page';
  return (
    <form
      role="search"
      aria-label={big ? t('search.pageFormLabel') : t('search.formLabel')}
      action={localized(urls.search(), locale)}
      method="get"
      className="flex w-full max-w-xl"
      data-live-search={big ? '' : undefined}
    >
      <label htmlFor={id} className="sr-only">
        {t('search.inputLabel')}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={q}
        maxLength={400}
        autoComplete="off"
        placeholder={big ? undefined : t('search.placeholder')}
        className={`min-w-0 flex-1 rounded-l-md border-2 border-r-0 border-ink bg-white px-3 text-ink placeholder:text-muted ${big ? 'py-3 text-lg' : 'py-2'}`}
      />
      <button
        type="submit"
        className={`rounded-r-md border-2 border-ink bg-accent-500 px-4 font-semibold text-ink hover:bg-accent-100 ${big ? 'text-lg' : ''}`}
      >
        {t('search.button')}
      </button>
    </form>
  );
}
