import { describe, expect, it } from 'vitest';
import { parseShareImageFile, SHARE_KINDS, shareImageUrl } from '@/lib/seo/share-images';

describe('share images', () => {
  it('has an address per page type and refuses anything else', () => {
    for (const kind of SHARE_KINDS) expect(parseShareImageFile(shareImageUrl(kind).split('/').pop()!)).toBe(kind);
    expect(parseShareImageFile('nieuws.jpg')).toBeUndefined();
    expect(parseShareImageFile('onbekend.png')).toBeUndefined();
  });
});
