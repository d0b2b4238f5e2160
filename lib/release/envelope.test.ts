import { describe, expect, it } from 'vitest';
import { emptyDocuments } from '@/lib/content/release';
import { checkEnvelope, draftRelease, sealRelease, type Documents } from './envelope';

const documents = (): Documents => ({
  ...emptyDocuments(),
  themes: [{ title: 'Armoede', slug: 'armoede', url: '/themas/armoede' }] as unknown as Documents['themes'],
});
const createdAt = new Date('2026-12-07T08:12:03.456Z');

describe('the release envelope', () => {
  it('an id of the UTC second and the content hash; counts and files listed', () => {
    const { draft, files } = draftRelease({
      documents: documents(),
      files: [
        { path: 'inhoud/b.jpg', data: Buffer.from('b') },
        { path: 'inhoud/a.jpg', data: Buffer.from('a') },
      ],
      createdAt,
      commit: 'abc123',
    });
    expect(draft.id).toBe(`20261207T081203Z-${draft.source.contentHash.slice(0, 6)}`);
    expect(draft.source.commit).toBe('abc123');
    expect(draft.counts).toMatchObject({ themes: 1, news: 0 });
    expect(draft.files.map((f) => [f.path, f.bytes])).toEqual([
      ['inhoud/a.jpg', 1],
      ['inhoud/b.jpg', 1],
    ]);
    expect(files.map((f) => f.path)).toEqual(['inhoud/a.jpg', 'inhoud/b.jpg']);
    // Same content, another moment: same hash, another id.
    const later = draftRelease({
      documents: documents(),
      files: [
        { path: 'inhoud/a.jpg', data: Buffer.from('a') },
        { path: 'inhoud/b.jpg', data: Buffer.from('b') },
      ],
      createdAt: new Date('2026-12-07T09:00:00Z'),
    });
    expect(later.draft.source.contentHash).toBe(draft.source.contentHash);
    expect(later.draft.id).not.toBe(draft.id);
  });

  it('refuses what a reader cannot rely on, saying where', () => {
    const { draft, files } = draftRelease({ documents: documents(), files: [{ path: 'inhoud/a.jpg', data: Buffer.from('a') }], createdAt });
    const { envelope } = sealRelease(draft, 1, files);
    const id = draft.id;
    expect(checkEnvelope(JSON.parse(JSON.stringify(envelope)), id)).toEqual(envelope);
    // A copy as JSON.parse gives it: any shape may be written into it.
    const broken = (change: (e: ReturnType<typeof JSON.parse>) => void) => {
      const e = JSON.parse(JSON.stringify(envelope));
      change(e);
      return () => checkEnvelope(e, id);
    };
    expect(broken((e) => (e.format = 2))).toThrow(`Release ${id} is beschadigd (release.json, format:`);
    expect(broken((e) => delete e.documents.themes[0].url)).toThrow('documents.themes.0.url');
    expect(broken((e) => (e.counts.themes = 2))).toThrow('counts.themes: 2 volgens counts, 1 in documents');
    expect(broken((e) => (e.files[0].path = 'inhoud/../../etc/passwd'))).toThrow('files.0.path');
    expect(broken((e) => (e.files[0].path = '/etc/passwd'))).toThrow('files.0.path');
    expect(broken((e) => e.files.push(e.files[0]))).toThrow('inhoud/a.jpg staat er twee keer in');
    expect(() => checkEnvelope(envelope, '20261207T081203Z-000000')).toThrow('hoort bij release');
    expect(() => sealRelease(draft, 1, [{ ...files[0], data: Buffer.from('x') }])).toThrow('de bestanden kloppen niet met de lijst in release.json');
  });
});
