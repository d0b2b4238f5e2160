import type { AnchorHTMLAttributes, ButtonHTMLAttributes } from 'react';
import { Link } from './Link';

type Look = { variant?: 'primary' | 'danger' | 'onDark'; size?: 'sm' | 'md' | 'lg' | 'xl' };

// Every variant has a border: in forced colours (Windows contrast themes) backgrounds are dropped
// and a transparent border is drawn in the theme's colour, so a button keeps its shape (WCAG 1.4.11).
const VARIANTS = {
  primary: 'border-2 border-transparent bg-brand-700 text-white hover:bg-brand-800',
  danger: 'border-2 border-error text-error',
  onDark: 'border-2 border-white text-white',
};
const SIZES = { sm: 'px-4 py-1', md: 'px-4 py-2', lg: 'px-5 py-2 text-lg', xl: 'px-6 py-3 text-lg' };

/** The one look of a button (and of a link that acts as one). */
const buttonClass = ({ variant = 'primary', size = 'md' }: Look = {}) =>
  `inline-block rounded-md font-semibold no-underline ${VARIANTS[variant]} ${SIZES[size]}`;

/** A submit button unless told otherwise: every button on the site sends a form. */
export function Button({ variant, size, className = '', type = 'submit', ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & Look) {
  return <button type={type} className={`${buttonClass({ variant, size })} ${className}`.trim()} {...rest} />;
}

/** A link that looks like a button: for a next step that is a page, not a form. */
export function ButtonLink({
  variant,
  size,
  className = '',
  ...rest
}: Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & Look & { href: string; locale: string }) {
  return <Link className={`${buttonClass({ variant, size })} ${className}`.trim()} {...rest} />;
}
