import { describe, expect, it } from 'vitest';
import { currentContent } from '../content';
import { interventionList, newsList } from '../lists';
import { selectionItems, selectionOf, selectionTitle } from '.';

const content = currentContent(new Date('2026-12-07T10:00:00Z'));
const now = new Date('2026-12-07T10:00:00Z');
const theme = content.themes[0];
const municipality = content.interventions[0].municipality;

describe('selectionOf', () => {
  it('makes every way of writing a selection one canonical address', () => {
    const a = selectionOf(content, `/interventies?thema=${theme.slug}&sorteer=titel&pagina=3&onbekend=1&provincie=Utrecht&provincie=Utrecht`);
    const b = selectionOf(content, `/interventies/?provincie=Utrecht&thema=${theme.slug}`);
    expect(a).toEqual(b);
    expect(a.ok && a.selection.address).toBe(`/interventies?provincie=Utrecht&thema=${theme.slug}`);
  });

  it('drops values the list does not know, as the list page does', () => {
    const s = selectionOf(content, '/actueel/nieuws?thema=bestaat-niet&jaar=1700');
    expect(s).toEqual({ ok: true, selection: { address: '/actueel/nieuws', title: 'Nieuws' } });
  });

  it('follows a theme or municipality page, not a page that does not exist or has no feed', () => {
    expect(selectionOf(content, `/themas/${theme.slug}?x=1`)).toMatchObject({
      ok: true,
      selection: { address: `/themas/${theme.slug}`, title: `Thema ${theme.title}` },
    });
    expect(selectionOf(content, `/gemeenten/${municipality}`)).toMatchObject({ ok: true });
    for (const bad of [
      '/themas/bestaat-niet',
      '/contact',
      '/beheer',
      'https://example.org/interventies',
      '//example.org/interventies',
      '/interventies/bundel',
      '',
    ])
      expect(selectionOf(content, bad)).toEqual({ ok: false, reason: 'onbekend' });
  });

  it('refuses an address of 10,000 junk parameters without reading it', () => {
    const junk = `/interventies?${Array.from({ length: 10_000 }, (_, i) => `p${i}=x`).join('&')}`;
    expect(selectionOf(content, junk)).toEqual({ ok: false, reason: 'te-lang' });
    // Within the length, junk parameters are dropped.
    expect(selectionOf(content, `/interventies?${Array.from({ length: 100 }, (_, i) => `p${i}=x`).join('&')}`)).toMatchObject({
      ok: true,
      selection: { address: '/interventies' },
    });
  });

  it('keeps the search words of the interventions and of the search', () => {
    expect(selectionOf(content, '/interventies?q=taal')).toMatchObject({ ok: true, selection: { address: '/interventies?q=taal' } });
    const s = selectionOf(content, `/zoeken?q=taal&type=nieuws&type=onzin`);
    expect(s).toMatchObject({ ok: true, selection: { address: '/zoeken?q=taal&type=nieuws' } });
  });
});

describe('selectionTitle', () => {
  it('names the list and its filters as the list does, in both languages', () => {
    const address = `/interventies?provincie=Utrecht&q=taal&thema=${theme.slug}`;
    expect(selectionTitle(content, address, 'nl')).toBe(`Interventies — zoekwoorden ‘taal’; Thema: ${theme.title}; Provincie: Utrecht`);
    expect(selectionTitle(content, address, 'en')).toMatch(/^Interventions — search words ‘taal’; Theme: /);
  });
});

describe('selectionItems', () => {
  it('holds what the list holds', () => {
    const raw = { thema: [theme.slug] };
    expect(selectionItems(content, `/interventies?thema=${theme.slug}`, now).map((i) => i.url)).toEqual(interventionList(content, raw).items.map((i) => i.url));
    expect(selectionItems(content, `/actueel/nieuws?thema=${theme.slug}`, now).map((i) => i.url)).toEqual(newsList(content, raw).items.map((i) => i.url));
  });

  it('gives a theme page everything on the theme, and a search its announceable matches', () => {
    const items = selectionItems(content, `/themas/${theme.slug}`, now);
    expect(new Set(items.map((i) => i.kind)).size).toBeGreaterThan(1);
    const found = selectionItems(content, '/zoeken?q=taal', now);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((i) => ['nieuws', 'activiteit', 'interventie', 'publicatie', 'agenda', 'podcast'].includes(i.kind))).toBe(true);
  });
});
