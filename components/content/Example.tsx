import { translator } from '@/i18n/translate';
import { Notice } from '@/components/ui/Notice';

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
    <Notice className="flex items-start gap-3">
      <ExampleBadge locale={locale} />
      <p>{text ?? translator(locale)('common.exampleNotice')}</p>
    </Notice>
  );
}
