import { getTranslations } from 'next-intl/server';
import type { Region } from '@/lib/content';

/** How to reach a region's coordinator: a role and the mailbox, a name and phone only when content gives them. */
export async function RegionContact({ region }: { region: Region }) {
  const t = await getTranslations('common');
  return (
    <address className="not-italic">
      <span className="block font-semibold">{region.contactName ?? region.contactRole}</span>
      {region.contactName && <span className="block">{region.contactRole}</span>}
      <span className="block">
        {t('email')}: <a href={`mailto:${region.email}`}>{region.email}</a>
      </span>
      {region.phone && <span className="block">{region.phone}</span>}
    </address>
  );
}
