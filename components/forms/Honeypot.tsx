import { translator } from '@/i18n/translate';
import { HONEYPOT_FIELD } from '@/lib/forms/receive';

/** For bots only (lib/forms/receive.ts): hidden from people and from screen readers, never focused with Tab. */
export function Honeypot({ locale }: { locale: string }) {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label htmlFor={HONEYPOT_FIELD}>{translator(locale)('forms.honeypot')}</label>
      <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
