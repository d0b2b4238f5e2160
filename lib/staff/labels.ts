import { translator } from '@/i18n/translate';
import { formKindOf } from '@/lib/forms/definitions';

/** "Vraag", "Aanmelding: Start GKA-leernetwerk …" */
export function formLabel(form: string, targetTitle?: string | null): string {
  const t = translator('nl');
  const kind = formKindOf(form);
  if (kind === 'aanmelding') return t('staff.forms.aanmelding', { title: targetTitle ?? form.slice(form.indexOf(':') + 1) });
  return kind === 'vraag' || kind === 'initiatief' || kind === 'dashboard' ? t(`staff.forms.${kind}`) : form;
}
