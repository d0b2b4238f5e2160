// The mailbox an e-mail address delivers to, for the limit on confirmations per address
// (lib/forms/receive.ts): `Jan+1@Example.nl`, `jan+nieuws@example.nl` and `jan@example.nl` reach
// the same person, so they share the three confirmations a day. Lower case (no provider treats
// case as a different mailbox), and a `+tag` in the local part dropped (plus-addressing, which
// most providers deliver to the box before the `+`). Dots are left alone: only some providers
// (Gmail) ignore them, and a list of providers would be guesswork kept up to date by hand.

/** `Jan+1@Example.nl` → `jan@example.nl`. */
export function mailboxKey(address: string): string {
  const lower = address.trim().toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at < 0) return lower;
  return `${lower.slice(0, at).replace(/\+.*$/, '')}${lower.slice(at)}`;
}

/** mailboxKey() in SQL for a column, so the database compares what the function would (lib/forms/mailbox.test.ts). */
export const mailboxKeySql = (column: string) => `regexp_replace(lower(trim(${column})), '\\+[^@]*(@[^@]*)$', '\\1')`;
