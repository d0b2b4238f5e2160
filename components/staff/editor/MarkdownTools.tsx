'use client';
// With JavaScript, the body's text area gets a toolbar and a live preview. Both enhance the text
// area the server rendered (found by its id); they do not replace it, and without JavaScript
// neither is there: the form posts the text area as it is. The edits are lib/editor/markdown-tools.ts;
// the preview is the site's own Markdown pipeline, on the server (app/beheer/inhoud/tekstvoorbeeld).
import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { PROSE_CLASS } from '@/components/content/prose-class';
import type { ToolTexts } from './tool-texts';
import { insertLink, linkAddress, prefixLines, wrapSelection, type Edit, type Inline, type LinePrefix, type Selection } from '@/lib/editor/markdown-tools';

/** False on the server and while hydrating, true after: what only works with JavaScript renders then. */
const useHydrated = () =>
  useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );

const textarea = (id: string) => document.getElementById(id) as HTMLTextAreaElement | null;
const selectionOf = (area: HTMLTextAreaElement): Selection => ({ value: area.value, start: area.selectionStart, end: area.selectionEnd });

/**
 * Applies an edit as typing would: execCommand('insertText') keeps the browser's undo history
 * (Ctrl+Z takes the edit back); where it does not work, setRangeText, and the input event that
 * typing would have sent (the preview listens for it).
 */
function apply(area: HTMLTextAreaElement, edit: Edit) {
  area.focus();
  area.setSelectionRange(edit.from, edit.to);
  const done = edit.insert ? document.execCommand('insertText', false, edit.insert) : edit.from === edit.to || document.execCommand('delete');
  if (!done) {
    area.setRangeText(edit.insert, edit.from, edit.to);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }
  area.setSelectionRange(...edit.select);
}

const TOOL_BUTTON = 'rounded-md border-2 border-ink bg-white px-3 py-1 font-semibold';

type Tool = { label: keyof ToolTexts; edit?: (s: Selection, texts: ToolTexts) => Edit; keys?: string; look?: string };
const inline = (kind: Inline) => (s: Selection, texts: ToolTexts) => wrapSelection(s, kind, texts.placeholder);
const lines = (kind: LinePrefix) => (s: Selection) => prefixLines(s, kind);
const TOOLS: Tool[] = [
  { label: 'heading', edit: lines('heading') },
  { label: 'bold', edit: inline('bold'), keys: 'Control+B Meta+B', look: 'font-bold' },
  { label: 'italic', edit: inline('italic'), keys: 'Control+I Meta+I', look: 'italic' },
  { label: 'link' },
  { label: 'bullet', edit: lines('bullet') },
  { label: 'numbered', edit: lines('numbered') },
  { label: 'quote', edit: lines('quote') },
];

/**
 * The toolbar above the text area: one tab stop, the arrow keys move between its buttons (the
 * ARIA toolbar pattern). A button formats the selection and gives focus back to the text; the
 * link button opens a small field for the address (no prompt dialog). Ctrl/Cmd+B and +I in the text.
 */
export function MarkdownToolbar({ textareaId, texts }: { textareaId: string; texts: ToolTexts }) {
  const hydrated = useHydrated();
  const [current, setCurrent] = useState(0);
  // The link's field, open or not, and what is wrong with the address typed in it.
  const [link, setLink] = useState<{ problem: string } | null>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const address = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    const area = textarea(textareaId);
    if (!area) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const kind = ({ b: 'bold', i: 'italic' } as const)[event.key.toLowerCase() as 'b' | 'i'];
      if (!kind) return;
      event.preventDefault();
      apply(area, wrapSelection(selectionOf(area), kind, texts.placeholder));
    };
    area.addEventListener('keydown', onKeyDown);
    return () => area.removeEventListener('keydown', onKeyDown);
  }, [textareaId, texts]);

  useEffect(() => {
    if (link && !link.problem) address.current?.focus();
  }, [link]);

  if (!hydrated) return null;

  const run = (tool: Tool) => {
    const area = textarea(textareaId);
    if (!area) return;
    if (tool.edit) apply(area, tool.edit(selectionOf(area), texts));
    else setLink(link ? null : { problem: '' });
  };

  // A text area keeps its selection while another field has focus: the link goes there, and
  // focus goes back to it.
  const closeLink = (edit?: Edit) => {
    const area = textarea(textareaId);
    setLink(null);
    if (!area) return;
    if (edit) apply(area, edit);
    else area.focus();
  };

  const insert = () => {
    const area = textarea(textareaId);
    if (!area) return;
    const target = linkAddress(address.current?.value ?? '');
    if (!target) {
      setLink({ problem: texts.linkInvalid });
      address.current?.focus();
      return;
    }
    closeLink(insertLink(selectionOf(area), target, texts.linkText));
  };

  const onToolbarKey = (event: KeyboardEvent) => {
    const last = TOOLS.length - 1;
    const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const to = (next + TOOLS.length) % TOOLS.length;
    setCurrent(to);
    buttons.current[to]?.focus();
  };

  const onAddressKey = (event: KeyboardEvent) => {
    // Enter would send the whole form; here it inserts the link. Escape goes back to the text.
    if (event.key === 'Enter') {
      event.preventDefault();
      insert();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      closeLink();
    }
  };

  return (
    <div className="mb-2">
      <div
        role="toolbar"
        aria-label={texts.toolbar}
        aria-controls={textareaId}
        aria-describedby={`${id}-keys`}
        className="flex flex-wrap gap-2"
        onKeyDown={onToolbarKey}
      >
        {TOOLS.map((tool, i) => (
          <button
            key={tool.label}
            ref={(b) => {
              buttons.current[i] = b;
            }}
            type="button"
            tabIndex={i === current ? 0 : -1}
            aria-keyshortcuts={tool.keys}
            aria-expanded={tool.edit ? undefined : link !== null}
            aria-controls={tool.edit ? undefined : `${id}-link`}
            className={`${TOOL_BUTTON} ${tool.look ?? ''}`}
            onFocus={() => setCurrent(i)}
            onClick={() => run(tool)}
          >
            {texts[tool.label]}
          </button>
        ))}
      </div>
      <p id={`${id}-keys`} className="mt-1 text-sm text-muted">
        {texts.shortcuts}
      </p>
      {link && (
        <div id={`${id}-link`} className="mt-2 space-y-2 rounded-md border-2 border-ink p-3">
          <label htmlFor={`${id}-address`} className="block font-semibold">
            {texts.linkAddress}
          </label>
          <p id={`${id}-hint`} className="text-muted">
            {texts.linkHint}
          </p>
          {link.problem && (
            <p id={`${id}-problem`} className="font-semibold text-error">
              {link.problem}
            </p>
          )}
          <input
            ref={address}
            id={`${id}-address`}
            type="text"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            aria-describedby={`${id}-hint${link.problem ? ` ${id}-problem` : ''}`}
            aria-invalid={link.problem ? true : undefined}
            onKeyDown={onAddressKey}
            className={`w-full rounded-md border-2 px-3 py-2 ${link.problem ? 'border-error' : 'border-ink'}`}
          />
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className="rounded-md border-2 border-transparent bg-brand-700 px-3 py-1 font-semibold text-white hover:bg-brand-800"
              onClick={insert}
            >
              {texts.linkInsert}
            </button>
            <button type="button" className={TOOL_BUTTON} onClick={() => closeLink()}>
              {texts.linkCancel}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

/** How long typing must pause before the preview is asked for. */
const PAUSE_MS = 400;

/**
 * The body as the site will show it, beside the text area on a wide screen and below it on a
 * narrow one. Asked for ~400 ms after typing stops; an older answer never overwrites a newer one.
 * Nothing is announced while typing: only a problem with the preview itself is (once).
 */
export function MarkdownPreview({ textareaId, csrf, url, texts }: { textareaId: string; csrf: string; url: string; texts: ToolTexts }) {
  const hydrated = useHydrated();
  const [html, setHtml] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const id = useId();

  useEffect(() => {
    const area = textarea(textareaId);
    if (!area) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let request: AbortController | undefined;
    let shown: string | undefined;

    async function update(text: string) {
      if (text === shown) return;
      request?.abort();
      const mine = (request = new AbortController());
      const form = new FormData();
      form.set('csrf', csrf);
      form.set('body', text);
      try {
        // Not following a redirect: a lost session answers with one, to the login page.
        const response = await fetch(url, { method: 'POST', body: form, redirect: 'manual', signal: mine.signal });
        if (response.ok) {
          const fragment = await response.text();
          if (mine.signal.aborted) return;
          shown = text;
          setHtml(fragment);
          setProblem('');
        } else setProblem(response.status === 413 ? texts.previewTooLarge : response.type === 'opaqueredirect' ? texts.previewLoggedOut : texts.previewFailed);
      } catch {
        if (!mine.signal.aborted) setProblem(texts.previewFailed);
      }
    }

    const onInput = () => {
      clearTimeout(timer);
      timer = setTimeout(() => update(area.value), PAUSE_MS);
    };
    area.addEventListener('input', onInput);
    update(area.value);
    return () => {
      area.removeEventListener('input', onInput);
      clearTimeout(timer);
      request?.abort();
    };
  }, [textareaId, csrf, url, texts]);

  if (!hydrated) return null;
  return (
    // Focusable: on a wide screen it scrolls on its own, and keyboard users must be able to scroll it.
    <section aria-labelledby={`${id}-title`} tabIndex={0} data-voorbeeld className="rounded-md border-2 border-brand-100 p-4 lg:max-h-[40rem] lg:overflow-auto">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {texts.preview}
      </h2>
      <p className="text-sm text-muted">{texts.previewHint}</p>
      <p role="status" className="font-semibold text-error">
        {problem}
      </p>
      {html === '' ? (
        <p className="mt-4 text-muted">{texts.previewEmpty}</p>
      ) : (
        <div
          lang="nl"
          className={`${PROSE_CLASS} mt-4 max-w-none`}
          // Sanitized by the server with the build's own rules (rehype-sanitize).
          dangerouslySetInnerHTML={{ __html: html ?? '' }}
        />
      )}
    </section>
  );
}
