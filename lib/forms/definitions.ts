// What a form is: the three fixed ones, and the sign-up form a document gets when its content asks
// for one (`registration.form`). Which fields, how long submissions are kept, and whether a sign-up
// is open. Pure: lib/forms/index.ts applies it to the site's content.
import { amsterdamToInstant, endInstant, isDayTime } from '../dates';
import { urls } from '../urls';
import { field, type FieldName, type FieldSpec } from './fields';

export type FormKind = 'vraag' | 'initiatief' | 'dashboard' | 'aanmelding';

/** What a sign-up is for: the content it came from. */
export interface SignupTarget {
  slug: string;
  title: string;
  url: string;
  deadline?: string;
  /** Events close when they start, if no deadline says otherwise. */
  startsAt?: string;
  capacity?: number;
  closed: boolean;
  how: string;
}

export interface FormDefinition {
  /** 'vraag', 'initiatief', 'dashboard' or 'aanmelding:<slug>' */
  id: string;
  kind: FormKind;
  /** The page with the form (without locale prefix). */
  path: string;
  fields: FieldSpec[];
  retentionDays: number;
  target?: SignupTarget;
}

/**
 * How long submissions are kept (stated on /privacy, checked by a test): long enough to answer
 * and follow up, no longer.
 */
export const RETENTION_DAYS: Record<FormKind | 'spam', number> = {
  vraag: 183,
  dashboard: 183,
  aanmelding: 365,
  initiatief: 730,
  spam: 30,
};
/** A form sent back with errors is kept this long, so the visitor gets every field back. */
export const ATTEMPT_RETENTION_MINUTES = 60;

const NAME_AND_EMAIL = [field('naam'), field('email')];

export const FIXED_FORMS: FormDefinition[] = [
  {
    id: 'vraag',
    kind: 'vraag',
    path: urls.questionForm(),
    fields: [...NAME_AND_EMAIL, field('organisatie', false), field('vraag')],
    retentionDays: RETENTION_DAYS.vraag,
  },
  {
    id: 'initiatief',
    kind: 'initiatief',
    path: urls.initiativeForm(),
    fields: [...NAME_AND_EMAIL, field('organisatie'), field('gemeente', false), field('initiatief'), field('website', false)],
    retentionDays: RETENTION_DAYS.initiatief,
  },
  {
    id: 'dashboard',
    kind: 'dashboard',
    path: urls.dashboardForm(),
    fields: [...NAME_AND_EMAIL, field('organisatie'), field('functie'), field('gemeente'), field('reden', false)],
    retentionDays: RETENTION_DAYS.dashboard,
  },
];

export const SIGNUP_PREFIX = 'aanmelding:';

export type WithRegistration = {
  slug: string;
  title: string;
  url: string;
  start?: string;
  registration?: { how: string; deadline?: string; form?: string[]; capacity?: number; closed?: boolean };
};

/** The sign-up form of an event, agenda or page, when its content asks for one. */
export function signupForm(doc: WithRegistration): FormDefinition | undefined {
  const r = doc.registration;
  if (!r?.form) return undefined;
  return {
    id: `${SIGNUP_PREFIX}${doc.slug}`,
    kind: 'aanmelding',
    path: urls.signup(doc.slug),
    fields: [...NAME_AND_EMAIL, ...r.form.map((name) => field(name as FieldName))],
    retentionDays: RETENTION_DAYS.aanmelding,
    target: {
      slug: doc.slug,
      title: doc.title,
      url: doc.url,
      how: r.how,
      closed: r.closed ?? false,
      ...(r.deadline ? { deadline: r.deadline } : {}),
      ...(doc.start ? { startsAt: doc.start } : {}),
      ...(r.capacity ? { capacity: r.capacity } : {}),
    },
  };
}

/** The kind of a stored submission's form, also when its content has since gone. */
export const formKindOf = (id: string): FormKind => (id.startsWith(SIGNUP_PREFIX) ? 'aanmelding' : (id as FormKind));

export type SignupState = 'open' | 'closed' | 'deadlinePassed' | 'started' | 'full';

/** Whether a sign-up still takes people; `taken` is the number already signed up. */
export function signupState(target: SignupTarget, now: Date, taken: number): SignupState {
  if (target.closed) return 'closed';
  if (target.deadline && endInstant(target.deadline).getTime() <= now.getTime()) return 'deadlinePassed';
  if (!target.deadline && target.startsAt) {
    const start = isDayTime(target.startsAt) ? amsterdamToInstant(target.startsAt) : amsterdamToInstant(`${target.startsAt}T00:00`);
    if (start.getTime() <= now.getTime()) return 'started';
  }
  if (target.capacity !== undefined && taken >= target.capacity) return 'full';
  return 'open';
}
