import type { getTranslations } from 'next-intl/server';

type T = Awaited<ReturnType<typeof getTranslations<'staff'>>>;

/** "Vraag", "Aanmelding: Start GKA-leernetwerk …" */
export function formLabel(t: T, form: string, targetTitle?: string | null): string {
  if (form.startsWith('aanmelding:')) return t('forms.aanmelding', { title: targetTitle ?? form.slice('aanmelding:'.length) });
  return form === 'vraag' || form === 'initiatief' || form === 'dashboard' ? t(`forms.${form}`) : form;
}
