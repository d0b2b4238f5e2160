import { describe, expect, it } from 'vitest';
import { can, isRole, ROLES } from './roles';

describe('roles', () => {
  it('lets a redacteur write but not publish or manage accounts', () => {
    expect(can('redacteur', 'bewerken')).toBe(true);
    expect(can('redacteur', 'publiceren')).toBe(false);
    expect(can('redacteur', 'accounts')).toBe(false);
  });
  it('lets an eindredacteur publish, and only a beheerder manage accounts', () => {
    expect(can('eindredacteur', 'publiceren')).toBe(true);
    expect(can('eindredacteur', 'accounts')).toBe(false);
    expect(ROLES.filter((r) => can(r, 'accounts'))).toEqual(['beheerder']);
  });
  it('knows only its own role names', () => {
    expect(isRole('beheerder')).toBe(true);
    expect(isRole('admin')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
