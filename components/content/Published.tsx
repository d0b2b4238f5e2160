import { getTranslations } from 'next-intl/server';
import { DateText } from './DateText';
import { ThemeTags } from './ThemeTags';

/** "Gepubliceerd op …" and the themes, under the title of a news item or publication. */
export async function Published({ date, themes, locale }: { date: string; themes: readonly string[]; locale: string }) {
  const t = await getTranslations('common');
  return (
    <>
      <p>
        {t('published')} <DateText value={date} locale={locale} long />
      </p>
      <div className="mt-4">
        <ThemeTags slugs={themes} />
      </div>
    </>
  );
}
