import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';

const CONTROL = 'w-full rounded-md border-2 border-ink bg-white px-3 py-2';

/** A labelled single-line field (search box of a list, staff filters, login). */
export function TextField({ id, label, large = false, ...input }: InputHTMLAttributes<HTMLInputElement> & { id: string; label: ReactNode; large?: boolean }) {
  return (
    <div>
      <label htmlFor={id} className={`block font-semibold ${large ? 'text-lg' : ''}`}>
        {label}
      </label>
      <input id={id} className={`${CONTROL} ${large ? 'mt-2 text-lg' : 'mt-1'}`} {...input} />
    </div>
  );
}

/** A labelled choice from a list (sort order, staff filters). */
export function SelectField({ id, label, children, ...select }: SelectHTMLAttributes<HTMLSelectElement> & { id: string; label: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} className={`${CONTROL} mt-1`} {...select}>
        {children}
      </select>
    </div>
  );
}
