import { describe, expect, it } from 'vitest';
import { createReleaseHolder, type ReleaseRef } from './release-holder';

function fakeStore(initial: ReleaseRef) {
  const store = {
    latestRef: initial as ReleaseRef | undefined,
    broken: new Set<string>(),
    loads: 0,
    async latest() {
      return store.latestRef;
    },
    async load(ref: ReleaseRef) {
      store.loads++;
      if (store.broken.has(ref.id)) throw new Error(`Release ${ref.id} is onvolledig (VOLLEDIG ontbreekt)`);
      return { text: `inhoud ${ref.id}` };
    },
  };
  return store;
}

async function holderOn(store: ReturnType<typeof fakeStore>) {
  const lines: string[] = [];
  const holder = await createReleaseHolder({ source: store, prepare: (loaded, ref) => ({ ...loaded, ref }), log: (l) => lines.push(l) });
  return { holder, lines };
}

describe('the release a server serves', () => {
  it('switches to a newer release only once it is prepared, and keeps the old object for requests that hold it', async () => {
    const store = fakeStore({ id: 'a', seq: 1 });
    const { holder, lines } = await holderOn(store);
    const held = holder.current();
    store.latestRef = { id: 'b', seq: 2 };
    expect(await holder.check()).toBe('switched');
    expect(holder.current().text).toBe('inhoud b');
    expect(held.text).toBe('inhoud a');
    expect(lines).toEqual([expect.stringMatching(/^Release b \(nr\. 2\) wordt geserveerd/)]);
    expect(await holder.check()).toBe('unchanged');
  });

  it('keeps serving a whole release when the newer one cannot be loaded, and says so once', async () => {
    const store = fakeStore({ id: 'a', seq: 1 });
    const { holder, lines } = await holderOn(store);
    store.latestRef = { id: 'half', seq: 2 };
    store.broken.add('half');
    expect(await holder.check()).toBe('refused');
    expect(await holder.check()).toBe('refused');
    expect(holder.current().text).toBe('inhoud a');
    expect(lines).toEqual([
      'Release half (nr. 2) niet geladen: Release half is onvolledig (VOLLEDIG ontbreekt): overgeslagen; de site blijft release a serveren.',
    ]);
  });

  it('never goes back to an older release', async () => {
    const store = fakeStore({ id: 'b', seq: 2 });
    const { holder, lines } = await holderOn(store);
    store.latestRef = { id: 'a', seq: 1 };
    expect(await holder.check()).toBe('refused');
    expect(holder.ref()).toEqual({ id: 'b', seq: 2 });
    expect(lines).toEqual(['Release a (nr. 1) is ouder dan release b (nr. 2): overgeslagen; de site blijft release b serveren.']);
    expect(await holder.check()).toBe('refused');
  });

  it('loads a release once when checks overlap', async () => {
    const store = fakeStore({ id: 'a', seq: 1 });
    const { holder } = await holderOn(store);
    store.latestRef = { id: 'b', seq: 2 };
    await Promise.all([holder.check(), holder.check(), holder.check()]);
    expect(store.loads).toBe(2);
  });

  it('does not start without a release', async () => {
    await expect(createReleaseHolder({ source: { latest: async () => undefined, load: async () => ({}) }, prepare: (x) => x, log: () => {} })).rejects.toThrow(
      /npm run publiceer/,
    );
  });
});
