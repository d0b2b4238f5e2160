import type { ReactNode } from 'react';

const TONES = {
  /** Something to know about what is shown: a past event, an ignored filter, what the site does not hold. */
  attention: 'border-accent-500 bg-accent-100',
  /** A state of a form, a sign-up or an account: received, closed, deleted. */
  info: 'border-brand-700 bg-brand-50',
  /** Something went wrong and the visitor can put it right. */
  problem: 'border-error font-semibold text-error',
  /** Only in the development server: a concept. */
  draft: 'border-ink bg-focus font-semibold',
};

type Props = {
  tone?: keyof typeof TONES;
  /** note: read in passing; status: announced when it appears or changes; alert: at once. */
  role?: 'note' | 'status' | 'alert';
  as?: 'div' | 'p';
  id?: string;
  className?: string;
  autoFocus?: boolean;
  tabIndex?: number;
  children: ReactNode;
};

/** A short message set off from the text: one look for every notice on the site. */
export function Notice({ tone = 'attention', role = 'note', as: Tag = 'div', className = '', children, ...rest }: Props) {
  return (
    <Tag role={role} className={`border-l-4 px-4 py-3 ${TONES[tone]} ${className}`.trim()} {...rest}>
      {children}
    </Tag>
  );
}
