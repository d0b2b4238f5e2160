import { translator } from '@/i18n/translate';

export type ComboboxTexts = {
  /** "# suggestie(s)" with # for the number, per plural category; read out when the list changes. */
  count: { one: string; other: string };
  /** Nothing suggested: in the finder Enter searches, in a longer form it would send the form. */
  none: string;
  listLabel: string;
  /** "vroeger {name}" / "ook {name}": how a suggestion found by another name says so. */
  former: string;
  alternative: string;
};

/** Where the combobox script is served (built from components/regions/combobox.ts). */
const COMBOBOX_SCRIPT = '/js/gemeenten.js';

function comboboxTexts(locale: string, submitOnChoose: boolean): ComboboxTexts {
  const t = translator(locale);
  return {
    count: { one: t('finder.suggestionsOne'), other: t('finder.suggestions') },
    none: submitOnChoose ? t('finder.noSuggestions') : t('finder.noSuggestionsField'),
    listLabel: t('finder.listLabel'),
    former: t.raw('finder.formerShort') as string,
    alternative: t.raw('finder.alternativeShort') as string,
  };
}

type Props = {
  id: string;
  name: string;
  defaultValue: string;
  locale: string;
  describedBy?: string;
  dataUrl: string;
  /** In the finder a choice is the answer; in a longer form it only fills the field. */
  submitOnChoose?: boolean;
  invalid?: boolean;
  maxLength?: number;
};

/**
 * A municipality field: a plain text field that the script (combobox.ts) turns into a combobox
 * with suggestions. The list and the status line are in the markup already (hidden, empty), so
 * the script adds no elements: on pages Next hydrates, React finds the tree it rendered.
 */
export function MunicipalityCombobox({ id, name, defaultValue, locale, describedBy, dataUrl, submitOnChoose = true, invalid, maxLength = 100 }: Props) {
  return (
    <div
      className="relative"
      data-combobox=""
      data-url={dataUrl}
      data-texts={JSON.stringify(comboboxTexts(locale, submitOnChoose))}
      data-submit-on-choose={submitOnChoose ? '' : undefined}
    >
      <input
        id={id}
        name={name}
        type="text"
        defaultValue={defaultValue}
        maxLength={maxLength}
        spellCheck={false}
        autoComplete="address-level2"
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        className={`w-full rounded-md border-2 px-3 py-2 text-lg ${invalid ? 'border-error' : 'border-ink'}`}
      />
      <ul
        id={`${id}-lijst`}
        role="listbox"
        aria-label={comboboxTexts(locale, submitOnChoose).listLabel}
        hidden
        className="absolute z-20 mt-1 max-h-80 w-full overflow-y-auto rounded-md border-2 border-ink bg-white py-1 shadow-lg"
      />
      <p role="status" className="sr-only" />
      <script src={COMBOBOX_SCRIPT} defer />
    </div>
  );
}
