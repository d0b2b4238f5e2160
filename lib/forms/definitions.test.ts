import { describe, expect, it } from 'vitest';
import { signupState, type SignupTarget } from '@/lib/forms/definitions';
import { currentContent } from '@/lib/content';
import { signupForms } from '@/lib/forms';

describe('signupState', () => {
  const target = (over: Partial<SignupTarget> = {}): SignupTarget => ({ slug: 's', title: 'T', url: '/t', how: '', closed: false, ...over });
  const at = (iso: string) => new Date(iso);

  it('is open without a deadline, start or capacity, and closed when the content says so', () => {
    expect(signupState(target(), at('2030-01-01T00:00:00Z'), 1000)).toBe('open');
    expect(signupState(target({ closed: true }), at('2000-01-01T00:00:00Z'), 0)).toBe('closed');
    expect(signupState(target({ closed: true, capacity: 1 }), at('2000-01-01T00:00:00Z'), 5)).toBe('closed');
  });

  it('takes sign-ups until the end of the deadline day in Amsterdam', () => {
    // 10 March 2026 ends at 23:00 UTC (CET); 10 July 2026 at 22:00 UTC (CEST).
    expect(signupState(target({ deadline: '2026-03-10' }), at('2026-03-10T22:59:59Z'), 0)).toBe('open');
    expect(signupState(target({ deadline: '2026-03-10' }), at('2026-03-10T23:00:00Z'), 0)).toBe('deadlinePassed');
    expect(signupState(target({ deadline: '2026-07-10' }), at('2026-07-10T21:59:59Z'), 0)).toBe('open');
    expect(signupState(target({ deadline: '2026-07-10' }), at('2026-07-10T22:00:00Z'), 0)).toBe('deadlinePassed');
    // A deadline after the start wins over the start.
    expect(signupState(target({ deadline: '2026-07-10', startsAt: '2026-07-01T10:00' }), at('2026-07-05T12:00:00Z'), 0)).toBe('open');
  });

  it('closes an event without a deadline when it starts', () => {
    expect(signupState(target({ startsAt: '2026-05-01T19:30' }), at('2026-05-01T17:29:59Z'), 0)).toBe('open');
    expect(signupState(target({ startsAt: '2026-05-01T19:30' }), at('2026-05-01T17:30:00Z'), 0)).toBe('started');
    expect(signupState(target({ startsAt: '2026-05-01' }), at('2026-04-30T21:59:59Z'), 0)).toBe('open');
    expect(signupState(target({ startsAt: '2026-05-01' }), at('2026-04-30T22:00:00Z'), 0)).toBe('started');
  });

  it('is full when the sign-ups reach the capacity', () => {
    expect(signupState(target({ capacity: 20 }), at('2026-01-01T00:00:00Z'), 19)).toBe('open');
    expect(signupState(target({ capacity: 20 }), at('2026-01-01T00:00:00Z'), 20)).toBe('full');
    expect(signupState(target({ capacity: 20, deadline: '2025-12-31' }), at('2026-01-01T00:00:00Z'), 20)).toBe('deadlinePassed');
  });

  it('knows which sign-ups in the content are open', () => {
    const learningNetwork = signupForms(currentContent()).find((f) => f.target?.deadline?.startsWith('2023'));
    const agenda = signupForms(currentContent()).find((f) => f.target && !f.target.deadline && !f.target.startsAt && !f.target.closed);
    expect(signupState(learningNetwork!.target!, new Date(), 0)).toBe('deadlinePassed');
    expect(signupState(agenda!.target!, new Date(), 0)).toBe('open');
  });
});
