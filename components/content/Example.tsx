import { translator } from '@/i18n/translate';

export function ExampleBadge({ locale }: { locale: string }) {
  return (
    <span className="inline-block rounded border border-accent-500 bg-accent-100 px-2 py-0.5 text-xs font-semibold tracking-wide text-ink uppercase">
      {translator(locale)('common.example')}
    </span>
  );
}

/** The line that tells a visitor what "voorbeeld" means. */
export function ExampleNotice({ text, locale }: { text?: string; locale: string }) {
  return (
    <div role="note" className="flex items-start gap-3 border-l-4 border-accent-500 bg-accent-100 p-4">
      <ExampleBadge locale={locale} />
      <p>{text ?? translator(locale)('common.exampleNotice')}</p>
    </div>
  );
}
