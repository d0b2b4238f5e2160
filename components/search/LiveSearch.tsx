'use client';
// Progressive enhancement of the search form: results follow the typing (debounced), the URL
// stays in sync and every settled query is a history entry, so Back works. The result count is a
// role="status" element on the page, so screen readers hear the new count. Without JavaScript the
// form is an ordinary GET form.
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef, type ReactNode } from 'react';

const DEBOUNCE_MS = 350;

export function LiveSearch({ children }: { children: ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const wrapper = useRef<HTMLDivElement>(null);

  // After Back or a "Bedoelde je" link the box shows the query of the URL, unless the visitor is typing.
  useEffect(() => {
    const input = wrapper.current?.querySelector<HTMLInputElement>('input[name="q"]');
    if (input && input !== document.activeElement) input.value = searchParams.get('q') ?? '';
  }, [searchParams]);

  useEffect(() => {
    const form = wrapper.current?.querySelector('form');
    const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
    if (!form || !input) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const go = () => {
      const params = new URLSearchParams(searchParams.toString());
      const q = input.value.trim();
      if (q) params.set('q', q);
      else params.delete('q');
      params.delete('pagina');
      if (params.toString() === searchParams.toString()) return;
      router.push(`${pathname}?${params}`, { scroll: false });
    };
    const onInput = () => {
      clearTimeout(timer);
      timer = setTimeout(go, DEBOUNCE_MS);
    };
    const onSubmit = (e: Event) => {
      e.preventDefault();
      clearTimeout(timer);
      go();
    };
    input.addEventListener('input', onInput);
    form.addEventListener('submit', onSubmit);
    return () => {
      clearTimeout(timer);
      input.removeEventListener('input', onInput);
      form.removeEventListener('submit', onSubmit);
    };
  }, [router, pathname, searchParams]);

  return <div ref={wrapper}>{children}</div>;
}
