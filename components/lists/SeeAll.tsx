import { Link } from '@/components/ui/Link';

/** How many related items a page shows before it links to the list of all of them. */
export const RELATED_MAX = 6;

/**
 * Related lists stay short (a page of 10,000 interventions must not list hundreds); when there
 * are more, this links to the list or search that has them all.
 */
export function SeeAll({ count, max = RELATED_MAX, href, label, locale }: { count: number; max?: number; href: string; label: string; locale: string }) {
  if (count <= max) return null;
  return (
    <p className="mt-4 font-semibold">
      <Link href={href} locale={locale}>
        {label} ›
      </Link>
    </p>
  );
}
