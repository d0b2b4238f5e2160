// Progressive enhancement of the search and list pages, as a plain browser script (built to
// public/js/lijsten.js). Without it every filter form and search box is an ordinary GET form.
// With it: ticking a filter, choosing a sort order or typing a search updates the results in
// place (a change of content, not of context, WCAG 3.2.2): the page for the new address is
// fetched (the server answers it from memory) and its list swapped in; the address follows,
// every settled state is a history entry, Back works, and focus stays where it was.

const DEBOUNCE_MS = 350;
let controller: AbortController | undefined;

function addressOf(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value.trim()) params.append(name, value.trim());
  params.delete('pagina');
  const query = params.toString();
  return `${form.getAttribute('action') ?? location.pathname}${query ? `?${query}` : ''}`;
}

/**
 * Every choice of a form shows what the page was made with: the server marks it `selected`. A
 * browser restoring form state (Back, reload) can leave a select on a value its new options do not
 * have, shown blank (selectedIndex −1); then the server's choice is shown again.
 */
function showServerChoices(root: ParentNode) {
  for (const select of Array.from(root.querySelectorAll<HTMLSelectElement>('form[data-auto-submit] select'))) {
    if (select.selectedIndex !== -1) continue;
    const chosen = Array.from(select.options).find((o) => o.defaultSelected) ?? select.options[0];
    if (chosen) chosen.selected = true;
  }
}

/** Replace each swappable part of the page with the one from `doc`; the live status element stays. */
function swap(doc: Document) {
  for (const old of Array.from(document.querySelectorAll<HTMLElement>('[data-swap]'))) {
    const next = doc.querySelector<HTMLElement>(`[data-swap="${old.dataset.swap}"]`);
    if (!next) continue;
    // A "Filters" or "more" control that was open stays open: the list changes, not the panel.
    for (const details of Array.from(old.querySelectorAll<HTMLDetailsElement>('details[data-keep-open][id]'))) {
      const twin = next.querySelector<HTMLDetailsElement>(`#${CSS.escape(details.id)}`);
      if (twin && details.open) twin.open = true;
    }
    const oldStatus = old.querySelector('[role="status"]');
    const newStatus = next.querySelector('[role="status"]');
    if (oldStatus && newStatus) {
      // A live region is announced when its text changes, not when a new one is inserted.
      oldStatus.replaceChildren(...Array.from(newStatus.childNodes));
      newStatus.replaceWith(oldStatus);
    }
    old.replaceWith(next);
    showServerChoices(next);
  }
  document.title = doc.title;
}

showServerChoices(document);
// A page restored from the back-forward cache keeps the state it was left in; form state restored
// into a fresh page arrives before this script runs, so both are covered here and above.
window.addEventListener('pageshow', () => showServerChoices(document));

async function go(url: string, push: boolean) {
  controller?.abort();
  controller = new AbortController();
  const focused = document.activeElement as HTMLElement | null;
  const focusId = focused?.id;
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'text/html' } });
    if (!response.ok) throw new Error(String(response.status));
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    if (push && url !== location.pathname + location.search) history.pushState(null, '', url);
    swap(doc);
    // The control that was used is a new element now: give focus back to its twin.
    if (focusId && document.activeElement !== focused) document.getElementById(focusId)?.focus({ preventScroll: true });
  } catch (error) {
    if ((error as Error).name !== 'AbortError') location.assign(url);
  }
}

document.addEventListener('change', (event) => {
  const target = event.target as HTMLInputElement | HTMLSelectElement;
  const form = target.form;
  if (!form?.matches('[data-auto-submit]') || !['checkbox', 'radio', 'select-one'].includes(target.type)) return;
  void go(addressOf(form), true);
});

document.addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement;
  if (!form.matches('[data-auto-submit], [data-live-search]')) return;
  event.preventDefault();
  void go(form.matches('[data-live-search]') ? liveAddress(form) : addressOf(form), true);
});

// The search box on /zoeken: results follow the typing; the filters chosen so far stay.
const live = document.querySelector<HTMLFormElement>('form[data-live-search]');
function liveAddress(form: HTMLFormElement): string {
  const params = new URLSearchParams(location.search);
  const q = (form.elements.namedItem('q') as HTMLInputElement).value.trim();
  if (q) params.set('q', q);
  else params.delete('q');
  params.delete('pagina');
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}
if (live) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  live.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const url = liveAddress(live);
      if (url !== location.pathname + location.search) void go(url, true);
    }, DEBOUNCE_MS);
  });
}

window.addEventListener('popstate', () => {
  void go(location.pathname + location.search, false).then(() => {
    // After Back the boxes show what the address says, unless someone is typing in them.
    const params = new URLSearchParams(location.search);
    for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('input[name="q"]'))) {
      if (input !== document.activeElement) input.value = params.get('q') ?? '';
    }
  });
});
