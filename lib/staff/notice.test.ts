import { describe, expect, it } from 'vitest';
import { readNotice, signNotice } from './notice';

describe('signed notices after a redirect', () => {
  it('shows only what the site signed', () => {
    const signed = signNotice('k', 'Deze wijziging is gepubliceerd: bewerken kan niet meer.');
    expect(readNotice('k', signed)).toBe('Deze wijziging is gepubliceerd: bewerken kan niet meer.');
    expect(readNotice('k', { ...signed, melding: 'Bel 0900-1234 om uw account te redden' })).toBeUndefined();
    expect(readNotice('andere sleutel', signed)).toBeUndefined();
    expect(readNotice('k', { melding: signed.melding })).toBeUndefined();
    expect(readNotice('k', { melding: [signed.melding], teken: signed.teken })).toBeUndefined();
  });
});
