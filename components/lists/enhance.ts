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

/**
 * Make `old` like `next` without ever taking `keep` (a descendant of `old`) or its ancestors out of
 * the document: at each level towards it, the siblings around it are exchanged for the new ones,
 * and at the end its content. A live region that stays in the accessibility tree and changes its
 * text is announced; one that is removed and inserted again is announced or not as the browser
 * and screen reader guess (WCAG 4.1.3).
 */
function replaceAround(old: Element, next: Element, keep: Element, twin: Element) {
  for (const name of old.getAttributeNames()) if (!next.hasAttribute(name)) old.removeAttribute(name);
  for (const name of next.getAttributeNames()) old.setAttribute(name, next.getAttribute(name)!);
  if (old === keep) {
    // The same words again are not news: only a change is written (and so spoken).
    if (old.textContent !== twin.textContent) old.replaceChildren(...Array.from(twin.childNodes));
    return;
  }
  const oldChild = Array.from(old.children).find((c) => c.contains(keep))!;
  const nextChild = Array.from(next.children).find((c) => c.contains(twin))!;
  const oldNodes = Array.from(old.childNodes);
  const nextNodes = Array.from(next.childNodes);
  const i = oldNodes.indexOf(oldChild);
  const j = nextNodes.indexOf(nextChild);
  for (const node of [...oldNodes.slice(0, i), ...oldNodes.slice(i + 1)]) node.remove();
  oldChild.before(...nextNodes.slice(0, j));
  oldChild.after(...nextNodes.slice(j + 1));
  replaceAround(oldChild, nextChild, keep, twin);
}

/** Replace each swappable part of the page with the one from `doc`; its live status element stays. */
function swap(doc: Document) {
  for (const old of Array.from(document.querySelectorAll<HTMLElement>('[data-swap]'))) {
    const next = doc.querySelector<HTMLElement>(`[data-swap="${old.dataset.swap}"]`);
    if (!next) continue;
    // A "Filters" or "more" control that was open stays open: the list changes, not the panel.
    for (const details of Array.from(old.querySelectorAll<HTMLDetailsElement>('details[data-keep-open][id]'))) {
      const twin = next.querySelector<HTMLDetailsElement>(`#${CSS.escape(details.id)}`);
      if (twin && details.open) twin.open = true;
    }
    const status = old.querySelector('[role="status"]');
    const newStatus = next.querySelector('[role="status"]');
    if (status && newStatus) replaceAround(old, next, status, newStatus);
    else old.replaceWith(next);
    showServerChoices(status ? old : next);
  }
  document.title = doc.title;
}

/**
 * Where focus was, said so that it can be found again in the new page: the element's id, or the
 * nearest ancestor with an id and which of its elements of that kind it was (the filter form's
 * submit button has no id of its own).
 */
type FocusPlace = { id: string; tag?: string; index?: number };
function placeOf(element: Element | null): FocusPlace | undefined {
  if (!element || element === document.body) return undefined;
  if (element.id) return { id: element.id };
  const anchor = element.parentElement?.closest('[id]');
  // Counting from an anchor outside the swapped part would count elements that came and went.
  if (!anchor || (element.closest('[data-swap]') && !anchor.closest('[data-swap]'))) return undefined;
  const tag = element.tagName.toLowerCase();
  return { id: anchor.id, tag, index: Array.from(anchor.querySelectorAll(tag)).indexOf(element) };
}
function elementAt(place: FocusPlace): HTMLElement | null {
  const anchor = document.getElementById(place.id);
  if (!anchor || !place.tag) return anchor;
  return anchor.querySelectorAll<HTMLElement>(place.tag)[place.index!] ?? null;
}

showServerChoices(document);
// A page restored from the back-forward cache keeps the state it was left in; form state restored
// into a fresh page arrives before this script runs, so both are covered here and above.
window.addEventListener('pageshow', () => showServerChoices(document));

async function go(url: string, push: boolean, submitter?: HTMLElement | null) {
  controller?.abort();
  controller = new AbortController();
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'text/html' } });
    if (!response.ok) throw new Error(String(response.status));
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    if (push && url !== location.pathname + location.search) history.pushState(null, '', url);
    // Where focus is now, not when the request started: typing goes on while the page is fetched.
    // A button that was clicked but not focused (Safari, macOS Firefox) is still where the visitor was.
    const focused = document.activeElement && document.activeElement !== document.body ? document.activeElement : (submitter ?? null);
    const place = placeOf(focused);
    swap(doc);
    // The control that was used is a new element now: give focus back to its twin (WCAG 2.4.3),
    // so the next Tab goes on from there instead of from the top of the page.
    if (place && (!focused?.isConnected || document.activeElement !== focused)) elementAt(place)?.focus({ preventScroll: true });
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
  void go(form.matches('[data-live-search]') ? liveAddress(form) : addressOf(form), true, (event as SubmitEvent).submitter);
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
