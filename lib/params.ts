// Query strings come from outside: every value is parsed here, and a bad value falls back to a
// safe default instead of an error page.
import { z } from 'zod';

type Raw = string | string[] | undefined;

const first = (value: Raw) => (Array.isArray(value) ? value[0] : value);

const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

/** `?pagina=3` → 3; anything else (missing, "abc", "-1", "1e9") → 1. Out-of-range pages are clamped by paginate(). */
export function parsePage(value: Raw): number {
  return pageSchema.parse(first(value) ?? 1);
}
