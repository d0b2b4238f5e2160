'use client';
// Progressive enhancement: with JavaScript, ticking a filter updates the results in place (same
// page, focus stays on the checkbox, the URL follows), which is a change of content, not of
// context (WCAG 3.2.2). Without JavaScript the form's submit button does the same.
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect } from 'react';

export function AutoSubmit({ formId }: { formId: string }) {
  const router = useRouter();
  const searchParams = useSearchParams();

  // Next keeps this page's DOM when only the query string changes (a removed filter chip, Back):
  // the form must follow the URL, or the next change would quietly bring old filters back.
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    for (const el of Array.from(form.elements) as HTMLInputElement[]) {
      if (!el.name) continue;
      if (el.type === 'checkbox' || el.type === 'radio') el.checked = searchParams.getAll(el.name).includes(el.value);
      else if (el.type !== 'hidden' && el !== document.activeElement && 'value' in el) el.value = searchParams.get(el.name) ?? '';
    }
  }, [formId, searchParams]);

  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    const onChange = (e: Event) => {
      const target = e.target as HTMLInputElement;
      if (!['checkbox', 'radio', 'select-one'].includes(target.type)) return;
      const params = new URLSearchParams();
      for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value) params.append(name, value);
      params.delete('pagina');
      const query = params.toString();
      router.push(`${form.getAttribute('action')}${query ? `?${query}` : ''}`, { scroll: false });
    };
    form.addEventListener('change', onChange);
    return () => form.removeEventListener('change', onChange);
  }, [formId, router]);
  return null;
}
