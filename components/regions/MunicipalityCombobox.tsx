'use client';
// The municipality field of the coordinator finder, enhanced to an ARIA 1.2 combobox with a list
// of suggestions (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/). Without JavaScript it is
// the plain text field of a GET form and the server does the matching; with JavaScript the same
// matching code (lib/municipality-finder) runs here on a list fetched once, on first focus.
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { buildFinderIndex, suggestMunicipalities, type FinderIndex, type NameData, type RegisterMunicipality, type Suggestion } from '@/lib/municipality-finder';

export type ComboboxTexts = {
  /** "{count} suggesties" with # for the number; read out when the list changes. */
  count: string;
  none: string;
  listLabel: string;
  /** "vroeger {name}" / "ook {name}": how a suggestion found by another name says so. */
  former: string;
  alternative: string;
};

const noSubscription = () => () => {};

type Props = {
  id: string;
  name: string;
  defaultValue: string;
  describedBy?: string;
  dataUrl: string;
  texts: ComboboxTexts;
  /** In the finder a choice is the answer; in a longer form it only fills the field. */
  submitOnChoose?: boolean;
  invalid?: boolean;
  maxLength?: number;
};

export function MunicipalityCombobox({ id, name, defaultValue, describedBy, dataUrl, texts, submitOnChoose = true, invalid, maxLength = 100 }: Props) {
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const index = useRef<FinderIndex | null>(null);
  const loading = useRef<Promise<void> | null>(null);
  // The combobox roles only once the script runs: without it there is no list to announce.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (active >= 0) document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  function load() {
    loading.current ??= fetch(dataUrl)
      .then((r) => r.json() as Promise<{ municipalities: RegisterMunicipality[]; names: NameData }>)
      .then((data) => {
        index.current = buildFinderIndex(data.municipalities, data.names);
      })
      .catch(() => {
        // Offline or blocked: the field stays a plain form field and the server matches.
        loading.current = null;
      });
    return loading.current;
  }

  async function update(value: string) {
    await load();
    // The list may have arrived after the visitor left the field, chose, or typed on.
    if (!index.current || document.activeElement !== input.current || input.current?.value !== value) return;
    const found = value.trim() ? suggestMunicipalities(index.current, value, 8) : [];
    setItems(found);
    setActive(-1);
    setOpen(found.length > 0);
    setAnnouncement(value.trim() ? (found.length ? texts.count.replace('#', String(found.length)) : texts.none) : '');
  }

  function choose(item: Suggestion) {
    const field = input.current!;
    // The official name always matches exactly one municipality on the server.
    field.value = item.name;
    setOpen(false);
    if (submitOnChoose) field.form?.requestSubmit();
    else field.focus();
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        if (items.length > 0) setOpen(true);
        else void update(e.currentTarget.value);
        return;
      }
      // Down from the last option and up from the first wrap around, as in the APG example.
      setActive((current) => (e.key === 'ArrowDown' ? (current + 1) % items.length : current <= 0 ? items.length - 1 : current - 1));
    } else if (e.key === 'Enter' && open && active >= 0) {
      e.preventDefault();
      choose(items[active]);
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (e.currentTarget.value) {
        e.preventDefault();
        e.currentTarget.value = '';
        setItems([]);
        setAnnouncement('');
      }
    }
  }

  const optionId = (i: number) => `${listId}-${i}`;
  const note = (s: Suggestion) =>
    s.matched.kind === 'former' ? texts.former.replace('{name}', s.matched.label) : s.matched.kind === 'alternative' && s.matched.label !== s.name.replace(/\s*\([A-Z]+\.\)$/, '') ? texts.alternative.replace('{name}', s.matched.label) : '';

  return (
    <div className="relative">
      <input
        ref={input}
        id={id}
        name={name}
        type="text"
        defaultValue={defaultValue}
        maxLength={maxLength}
        spellCheck={false}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        className={`w-full rounded-md border-2 px-3 py-2 text-lg ${invalid ? 'border-error' : 'border-ink'}`}
        {...(enhanced
          ? {
              role: 'combobox',
              autoComplete: 'off',
              'aria-autocomplete': 'list' as const,
              'aria-expanded': open,
              'aria-controls': listId,
              'aria-activedescendant': open && active >= 0 ? optionId(active) : undefined,
              onFocus: () => void load(),
              onInput: (e: React.FormEvent<HTMLInputElement>) => void update(e.currentTarget.value),
              onKeyDown,
              onBlur: () => setOpen(false),
            }
          : { autoComplete: 'address-level2' })}
      />
      {enhanced && (
        <>
          <ul
            id={listId}
            role="listbox"
            aria-label={texts.listLabel}
            hidden={!open}
            // Pressing the list's scrollbar must not take focus from the field (which closes the list).
            onMouseDown={(e) => e.preventDefault()}
            className="absolute z-20 mt-1 max-h-80 w-full overflow-y-auto rounded-md border-2 border-ink bg-white py-1 shadow-lg"
          >
            {items.map((item, i) => (
              <li
                key={item.code}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                // mousedown, not click: the field keeps focus, so blur does not close the list first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(item);
                }}
                onMouseEnter={() => setActive(i)}
                className={`cursor-pointer px-3 py-2 ${i === active ? 'bg-brand-700 text-white' : 'text-ink'}`}
              >
                <span className="font-semibold">{item.name}</span>
                <span className={i === active ? 'text-white' : 'text-muted'}>
                  {' '}
                  · {item.province}
                  {note(item) && ` · ${note(item)}`}
                </span>
              </li>
            ))}
          </ul>
          <p role="status" className="sr-only">
            {announcement}
          </p>
        </>
      )}
    </div>
  );
}
