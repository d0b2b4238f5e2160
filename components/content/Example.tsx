import { getTranslations } from 'next-intl/server';

export async function ExampleBadge() {
  const t = await getTranslations('common');
  return (
    <span className="inline-block rounded border border-accent-500 bg-accent-100 px-2 py-0.5 text-xs font-semibold tracking-wide text-ink uppercase">
      {t('example')}
    </span>
  );
}

/** The line that tells a visitor what "voorbeeld" means. */
export async function ExampleNotice({ text }: { text?: string }) {
  const t = await getTranslations('common');
  return (
    <div role="note" className="flex items-start gap-3 border-l-4 border-accent-500 bg-accent-100 p-4">
      <ExampleBadge />
      <p>{text ?? t('exampleNotice')}</p>
    </div>
  );
}
