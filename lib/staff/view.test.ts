import { describe, expect, it } from 'vitest';
import { loginNotice } from './view';

describe('loginNotice', () => {
  it('says a session expired only when the browser still sent one', () => {
    expect(loginNotice({ melding: 'inloggen' }, true)).toBe('expired');
    expect(loginNotice({ melding: 'inloggen' }, false)).toBeUndefined();
    expect(loginNotice({}, true)).toBeUndefined();
    expect(loginNotice({}, false)).toBeUndefined();
  });

  it('keeps the other notices, with or without a cookie, and ignores unknown ones', () => {
    expect(loginNotice({ melding: 'loggedOut' }, false)).toBe('loggedOut');
    expect(loginNotice({ melding: 'wrong' }, true)).toBe('wrong');
    expect(loginNotice({ melding: 'onzin' }, true)).toBeUndefined();
    // An address cannot claim a session expired.
    expect(loginNotice({ melding: 'expired' }, false)).toBeUndefined();
  });
});
