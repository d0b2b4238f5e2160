import { describe, expect, it } from 'vitest';
import { memoryDatabase } from '@/tests/support/memory-database';
import { getUpload, saveUpload } from './upload-store';

const memory = memoryDatabase();

describe('uploads waiting for publication', () => {
  it('keeps the bytes and the facts, under the generated name', async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]);
    const id = await saveUpload(
      memory.db,
      {
        kind: 'afbeelding',
        mime: 'image/png',
        ext: 'png',
        width: 200,
        height: 100,
        bytes,
        sha256: 'ab',
        safeName: 'foto-12345678.png',
        alt: 'Een klas',
        warnings: [],
        notes: [],
      },
      'r@example.nl',
    );
    const stored = await getUpload(memory.db, id);
    expect(stored).toMatchObject({ safeName: 'foto-12345678.png', mime: 'image/png', width: 200, alt: 'Een klas', warnings: [] });
    expect(stored?.data.equals(bytes)).toBe(true);
    expect(await getUpload(memory.db, 'x')).toBeUndefined();
    expect(await getUpload(memory.db, '999')).toBeUndefined();
  });
});
