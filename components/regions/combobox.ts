// The municipality field of the coordinator finder and of the forms, enhanced to an ARIA 1.2
// combobox with a list of suggestions (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/), as a
// plain browser script (built to public/js/gemeenten.js). Without it the field is the plain text
// field of a form and the server does the matching; with it the same matching code
// (lib/municipalities/finder.ts) runs here on a list fetched once, on first focus.
// Markup: <div data-combobox data-url data-texts data-submit-on-choose?> with the input, an empty
// hidden listbox and a status line (Combobox.tsx).
import {
  buildFinderIndex,
  FINDER_ANSWER_ID,
  suggestMunicipalities,
  type FinderIndex,
  type NameData,
  type RegisterMunicipality,
  type Suggestion,
} from '@/lib/municipalities/finder';
import type { ComboboxTexts } from './Combobox';

let index: FinderIndex | undefined;
let loading: Promise<void> | undefined;

function load(url: string): Promise<void> {
  loading ??= fetch(url)
    .then((r) => r.json() as Promise<{ municipalities: RegisterMunicipality[]; names: NameData }>)
    .then((data) => {
      index = buildFinderIndex(data.municipalities, data.names);
    })
    .catch(() => {
      // Offline or blocked: the field stays a plain form field and the server matches.
      loading = undefined;
    });
  return loading;
}

function enhance(root: HTMLElement) {
  const input = root.querySelector('input')!;
  const list = root.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const texts = JSON.parse(root.dataset.texts ?? '{}') as ComboboxTexts;
  const submitOnChoose = root.dataset.submitOnChoose !== undefined;
  // "1 suggestie", "2 suggesties": the plural rules of the page's language choose the form.
  const plural = new Intl.PluralRules(document.documentElement.lang || 'nl');
  const countText = (n: number) => (plural.select(n) === 'one' ? texts.count.one : texts.count.other).replace('#', String(n));
  const listId = list.id;
  // The combobox roles only now: without the script there is no list to announce.
  input.setAttribute('role', 'combobox');
  input.setAttribute('autocomplete', 'off');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);

  let items: Suggestion[] = [];
  let active = -1;
  const isOpen = () => !list.hidden;
  const optionId = (i: number) => `${listId}-${i}`;
  const note = (s: Suggestion) =>
    s.matched.kind === 'former'
      ? texts.former.replace('{name}', s.matched.label)
      : s.matched.kind === 'alternative' && s.matched.label !== s.name.replace(/\s*\([A-Z]+\.\)$/, '')
        ? texts.alternative.replace('{name}', s.matched.label)
        : '';

  const optionClass = (on: boolean) => `cursor-pointer px-3 py-2 ${on ? 'bg-brand-700 text-white' : 'text-ink'}`;
  const restClass = (on: boolean) => (on ? 'text-white' : 'text-muted');

  /** The options, made anew when the suggestions change (never on hover: the pointer would lose them). */
  function renderOptions() {
    list.replaceChildren(
      ...items.map((item, i) => {
        const li = document.createElement('li');
        li.id = optionId(i);
        li.setAttribute('role', 'option');
        const name = Object.assign(document.createElement('span'), { className: 'font-semibold', textContent: item.name });
        const rest = document.createElement('span');
        rest.textContent = ` · ${item.province}${note(item) ? ` · ${note(item)}` : ''}`;
        li.append(name, rest);
        // mousedown, not click: the field keeps focus, so blur does not close the list first.
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          choose(item);
        });
        li.addEventListener('mouseenter', () => setActive(i));
        return li;
      }),
    );
    markActive();
  }
  /** Which option is active: only classes and ARIA change. */
  function markActive() {
    Array.from(list.children).forEach((li, i) => {
      li.setAttribute('aria-selected', String(i === active));
      li.className = optionClass(i === active);
      (li.lastElementChild as HTMLElement).className = restClass(i === active);
    });
    if (isOpen() && active >= 0) input.setAttribute('aria-activedescendant', optionId(active));
    else input.removeAttribute('aria-activedescendant');
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }
  function setOpen(open: boolean) {
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    markActive();
  }
  function setActive(i: number) {
    active = i;
    markActive();
  }

  async function update(value: string) {
    await load(root.dataset.url!);
    // The list may have arrived after the visitor left the field, chose, or typed on.
    if (!index || document.activeElement !== input || input.value !== value) return;
    items = value.trim() ? suggestMunicipalities(index, value, 8) : [];
    active = -1;
    renderOptions();
    setOpen(items.length > 0);
    status.textContent = value.trim() ? (items.length ? countText(items.length) : texts.none) : '';
  }

  function choose(item: Suggestion) {
    // The official name always matches exactly one municipality on the server.
    input.value = item.name;
    setOpen(false);
    if (submitOnChoose) input.form?.requestSubmit();
    else input.focus();
  }

  input.addEventListener('focus', () => void load(root.dataset.url!));
  input.addEventListener('input', () => void update(input.value));
  input.addEventListener('blur', () => setOpen(false));
  // Pressing the list's scrollbar must not take focus from the field (which closes the list).
  list.addEventListener('mousedown', (e) => e.preventDefault());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!isOpen()) {
        if (items.length > 0) setOpen(true);
        else void update(input.value);
        return;
      }
      // Down from the last option and up from the first wrap around, as in the APG example.
      setActive(e.key === 'ArrowDown' ? (active + 1) % items.length : active <= 0 ? items.length - 1 : active - 1);
    } else if (e.key === 'Enter' && isOpen() && active >= 0) {
      e.preventDefault();
      choose(items[active]);
    } else if (e.key === 'Escape') {
      if (isOpen()) {
        e.preventDefault();
        active = -1;
        setOpen(false);
      } else if (input.value) {
        e.preventDefault();
        input.value = '';
        items = [];
        renderOptions();
        status.textContent = '';
      }
    }
  });
}

// The finder's form and its choices lead to its answer further down (#resultaat): focus it, so a
// screen reader reads it and Tab goes on from there (the page is new; focus would be at the top).
if (location.hash === `#${FINDER_ANSWER_ID}`) document.getElementById(FINDER_ANSWER_ID)?.focus();

// Once per field, however often the script is on the page.
document.querySelectorAll<HTMLElement>('[data-combobox]:not([data-enhanced])').forEach((root) => {
  root.dataset.enhanced = '';
  enhance(root);
});
