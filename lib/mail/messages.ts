// The two e-mails a submission can send: a notification with everything to the GKA mailbox, and
// a short confirmation to the sender. The confirmation repeats nothing the visitor typed, so the
// form cannot be used to send someone else a message of the sender's choosing.
import nl from '../../messages/nl.json';
import { formatLongDateTime } from '../dates';
import type { FormDefinition } from '../forms/definitions';
import type { FieldValues } from '../forms/fields';
import type { OutgoingMail } from '../forms/submissions';

const labels = nl.forms.fields as Record<string, { label: string }>;

function formTitle(form: Pick<FormDefinition, 'kind'> & { target?: { title: string } }): string {
  const titles = { vraag: 'Vraag', initiatief: 'Initiatief', dashboard: 'Aanvraag dashboard', aanmelding: `Aanmelding: ${form.target?.title ?? ''}` };
  return titles[form.kind];
}

export interface MailSettings {
  /** Notifications go here (MAIL_TO, or the GKA mailbox). */
  mailbox: string;
  /** The site's address, for links in the e-mails. */
  origin: string;
}

export function mailsFor(form: FormDefinition, values: FieldValues, reference: string, receivedAt: Date, settings: MailSettings): OutgoingMail[] {
  const when = formatLongDateTime(receivedAt);
  const lines = form.fields.map((f) => `${labels[f.name].label}:\n${values[f.name] || '(niet ingevuld)'}\n`);
  const mails: OutgoingMail[] = [
    {
      kind: 'melding',
      recipient: settings.mailbox,
      subject: `${formTitle(form)} (${reference})`,
      body: [
        `Via de website is een formulier ingevuld: ${formTitle(form)}.`,
        `Ontvangen: ${when}`,
        `Kenmerk: ${reference}`,
        '',
        ...lines,
        `Alle inzendingen: ${settings.origin}/beheer`,
      ].join('\n'),
    },
  ];
  if (values.email) {
    const what =
      form.kind === 'aanmelding'
        ? `je aanmelding voor ${form.target?.title}`
        : { vraag: 'je vraag', initiatief: 'je bericht over je initiatief', dashboard: 'je aanvraag voor het dashboard' }[form.kind];
    mails.push({
      kind: 'bevestiging',
      recipient: values.email,
      subject: `Ontvangen: ${formTitle(form)} (${reference})`,
      body: [
        'Hallo,',
        '',
        `De Gelijke Kansen Alliantie heeft ${what} ontvangen op ${when}.`,
        `Kenmerk: ${reference}`,
        '',
        'Noem dit kenmerk als je contact met ons opneemt over je bericht.',
        'Heb je dit formulier niet zelf ingevuld? Dan kun je deze e-mail negeren.',
        '',
        'Met vriendelijke groet,',
        'Gelijke Kansen Alliantie',
        settings.origin,
      ].join('\n'),
    });
  }
  return mails;
}
