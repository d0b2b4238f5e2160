'use client';
// Inline hints while filling in a form, from the same rules the server applies (lib/forms/fields).
// The form stays a plain HTML form: this only checks earlier, shows the messages in the same
// places the server would, and lets a valid form post as usual. The server still decides.
import { useEffect } from 'react';
import { fieldErrorId, fieldId, validateFields, type FieldErrors, type FieldSpec } from '@/lib/forms/fields';
import type { ErrorTexts } from '../../lib/forms/messages';

export function FormEnhancer({ fields, texts, errorPrefix }: { fields: FieldSpec[]; texts: ErrorTexts; errorPrefix: string }) {
  useEffect(() => {
    const form = document.querySelector<HTMLFormElement>('form[data-enhance-form]');
    const summary = document.getElementById('fouten');
    if (!form || !summary) return;
    const list = summary.querySelector('[data-summary-list]')!;
    const byName = new Map(fields.map((f) => [f.name as string, f]));
    const values = () => Object.fromEntries(fields.map((f) => [f.name, (form.elements.namedItem(f.name) as HTMLInputElement | null)?.value ?? '']));
    const text = (errors: FieldErrors, f: FieldSpec) => {
      const error = errors[f.name];
      return error ? (texts[f.name]?.[error.code] ?? '') : '';
    };

    function show(f: FieldSpec, message: string) {
      const input = document.getElementById(fieldId(f.name));
      const slot = document.getElementById(fieldErrorId(f.name));
      const wrapper = form!.querySelector(`[data-field="${f.name}"]`);
      if (!input || !slot || !wrapper) return;
      slot.hidden = !message;
      slot.textContent = '';
      if (message) {
        const prefix = document.createElement('span');
        prefix.className = 'sr-only';
        prefix.textContent = `${errorPrefix} `;
        slot.append(prefix, message);
      }
      const described = new Set((input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
      if (message) described.add(slot.id);
      else described.delete(slot.id);
      if (described.size) input.setAttribute('aria-describedby', [...described].join(' '));
      else input.removeAttribute('aria-describedby');
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      input.classList.toggle('border-error', !!message);
      input.classList.toggle('border-ink', !message);
      wrapper.classList.toggle('border-l-4', !!message);
      wrapper.classList.toggle('border-error', !!message);
      wrapper.classList.toggle('pl-4', !!message);
    }

    function onBlur(event: FocusEvent) {
      const target = event.target as HTMLInputElement;
      const f = byName.get(target.name);
      if (!f) return;
      // Leaving the field for the submit button: submit checks everything. Changing the layout
      // here would move the button away between mouse down and up, and the click would be lost.
      if ((event.relatedTarget as HTMLElement | null)?.matches('button[type=submit]')) return;
      const slot = document.getElementById(fieldErrorId(f.name));
      // Only speak up about a field someone typed in, or one that already shows a problem.
      if (!target.value.trim() && slot?.hidden) return;
      const result = validateFields([f], values());
      show(f, result.ok ? '' : text(result.errors, f));
    }

    let sentAt = 0;
    function onSubmit(event: SubmitEvent) {
      const result = validateFields(fields, values());
      if (result.ok) {
        // A second click while the first is on its way would only be a duplicate (which the server
        // also ignores).
        if (Date.now() - sentAt < 10_000) event.preventDefault();
        else sentAt = Date.now();
        return;
      }
      event.preventDefault();
      list.textContent = '';
      for (const f of fields) {
        const message = text(result.errors, f);
        show(f, message);
        if (!message) continue;
        const link = Object.assign(document.createElement('a'), { href: `#${fieldId(f.name)}`, className: 'text-error underline', textContent: message });
        const item = document.createElement('li');
        item.append(link);
        list.append(item);
      }
      summary!.querySelector('p')?.remove();
      summary!.hidden = false;
      summary!.focus();
    }

    // A link in the summary moves focus to its field (not just scrolls), as GOV.UK does.
    function onSummaryClick(event: MouseEvent) {
      const link = (event.target as HTMLElement).closest('a');
      const field = link && document.getElementById(link.hash.slice(1));
      if (!field) return;
      event.preventDefault();
      field.focus();
      field.scrollIntoView({ block: 'center' });
    }

    // The server's summary: focus it if the browser's autofocus did not.
    if (!summary.hidden && document.activeElement === document.body) summary.focus();
    form.addEventListener('focusout', onBlur);
    form.addEventListener('submit', onSubmit);
    summary.addEventListener('click', onSummaryClick);
    return () => {
      form.removeEventListener('focusout', onBlur);
      form.removeEventListener('submit', onSubmit);
      summary.removeEventListener('click', onSummaryClick);
    };
  }, [fields, texts, errorPrefix]);
  return null;
}
