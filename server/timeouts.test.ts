import { describe, expect, it } from 'vitest';
import { HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS, serverTimeouts } from './timeouts';

describe('serverTimeouts', () => {
  it('bounds the head and the whole request, checked every second', () => {
    expect(serverTimeouts({})).toEqual({ headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 1_000 });
  });

  it('takes shorter ones from the environment, checked more often, and ignores what is no number of milliseconds', () => {
    expect(serverTimeouts({ GKA_HEADERS_TIMEOUT_MS: '800', GKA_REQUEST_TIMEOUT_MS: '2000' })).toEqual({
      headersTimeout: 800,
      requestTimeout: 2_000,
      connectionsCheckingInterval: 200,
    });
    for (const wrong of ['', '0', '-5', '1.5', 'tien', '1e400'])
      expect(serverTimeouts({ GKA_HEADERS_TIMEOUT_MS: wrong, GKA_REQUEST_TIMEOUT_MS: wrong }), wrong).toEqual(serverTimeouts({}));
  });

  it('never gives a head more time than the whole request (Node would refuse to start)', () => {
    expect(serverTimeouts({ GKA_HEADERS_TIMEOUT_MS: '50000', GKA_REQUEST_TIMEOUT_MS: '1000' })).toMatchObject({
      headersTimeout: 50_000,
      requestTimeout: 50_000,
    });
  });
});
