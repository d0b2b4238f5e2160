import { describe, expect, it } from 'vitest';
import { mailboxKey, mailboxKeySql } from '@/lib/forms/mailbox';
import { memoryDatabase } from '@/tests/support/memory-database';

const memory = memoryDatabase();

const CASES: [string, string][] = [
  ['jan@example.nl', 'jan@example.nl'],
  ['Jan@Example.NL', 'jan@example.nl'],
  [' jan@example.nl ', 'jan@example.nl'],
  ['jan+1@example.nl', 'jan@example.nl'],
  ['JAN+Nieuws@example.nl', 'jan@example.nl'],
  ['jan+a+b@example.nl', 'jan@example.nl'],
  ['jan+@example.nl', 'jan@example.nl'],
  ['jan+1.2-x_y@sub.example.nl', 'jan@sub.example.nl'],
  // Dots and other characters stay: only the +tag goes.
  ['j.an@gmail.com', 'j.an@gmail.com'],
  ['jan-1@example.nl', 'jan-1@example.nl'],
  ["o'brien+x@example.ie", "o'brien@example.ie"],
  // A + in the domain is no tag.
  ['jan@exa+mple.nl', 'jan@exa+mple.nl'],
];

describe('mailboxKey', () => {
  it('reads an address as its mailbox: lower case, without a +tag', () => {
    for (const [address, key] of CASES) expect(mailboxKey(address), address).toBe(key);
  });

  it('says the same in SQL, on the database', async () => {
    for (const [address, key] of CASES) {
      const rows = await memory.db.query<{ key: string }>(`select ${mailboxKeySql('$1::text')} as key`, [address]);
      expect(rows[0].key, address).toBe(key);
    }
  });
});
