import { translator } from '@/i18n/translate';
import { DateText } from './DateText';
import { ThemeTags } from './ThemeTags';

/** "Gepubliceerd op …" and the themes, under the title of a news item or publication. */
export function Published({ date, themes, locale }: { date: string; themes: readonly { slug: string; url: string; title: string }[]; locale: string }) {
  return (
    <>
      <p>
        {translator(locale)('common.published')} <DateText value={date} locale={locale} long />
      </p>
      <div className="mt-4">
        <ThemeTags themes={themes} locale={locale} />
      </div>
    </>
  );
}
