import type { getTranslations } from 'next-intl/server';
import { formKindOf } from '@/lib/forms/definitions';

type T = Awaited<ReturnType<typeof getTranslations<'staff'>>>;

/** "Vraag", "Aanmelding: Start GKA-leernetwerk …" */
export function formLabel(t: T, form: string, targetTitle?: string | null): string {
  const kind = formKindOf(form);
  if (kind === 'aanmelding') return t('forms.aanmelding', { title: targetTitle ?? form.slice(form.indexOf(':') + 1) });
  return kind === 'vraag' || kind === 'initiatief' || kind === 'dashboard' ? t(`forms.${kind}`) : form;
}
