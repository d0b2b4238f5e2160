// What is derived from content (a search index, a facet table, the sign-up forms) is made once per
// Snapshot and kept as long as the snapshot lives: a new release or publication state is a new
// snapshot, so nothing derived from an older one is ever served for it.
import type { Snapshot } from './release';

/** `build`, made once per snapshot (kept in a WeakMap, so a snapshot no one holds takes it along). */
export function perSnapshot<V>(build: (content: Snapshot) => V): (content: Snapshot) => V {
  const memo = new WeakMap<Snapshot, V>();
  return (content) => {
    let v = memo.get(content);
    if (v === undefined) memo.set(content, (v = build(content)));
    return v;
  };
}
