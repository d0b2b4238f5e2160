// The query string of a form page: only the id of a form that came back with errors.
import { z } from 'zod';

const schema = z.object({
  poging: z.string().regex(/^[A-Za-z0-9_-]{22}$/).optional().catch(undefined),
});

export function formPageParams(raw: Record<string, string | string[] | undefined>): { poging?: string } {
  return schema.parse({ poging: typeof raw.poging === 'string' ? raw.poging : undefined });
}

const reference = z.string().regex(/^GKA-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

/** `?kenmerk=GKA-7K3M-9QXW` on the confirmation page; lower case and spaces forgiven. */
export function referenceParam(raw: Record<string, string | string[] | undefined>): string | undefined {
  const value = typeof raw.kenmerk === 'string' ? raw.kenmerk.trim().toUpperCase() : '';
  const parsed = reference.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

const REFUSALS = ['token', 'origin', 'form', 'tooLarge', 'format'] as const;

/** `?reden=` on the refusal page; anything else reads as a token problem. */
export function refusalParam(raw: Record<string, string | string[] | undefined>): (typeof REFUSALS)[number] {
  return z.enum(REFUSALS).catch('token').parse(raw.reden);
}
