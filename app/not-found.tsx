import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/layout/NotFoundContent';
import { SiteDocument } from '@/components/layout/SiteDocument';

export const metadata: Metadata = { title: 'Pagina niet gevonden | Gelijke Kansen Alliantie' };

// Every unknown address ends here (see app/(site)/[locale]/layout.tsx): the full site, in Dutch.
export default function GlobalNotFound() {
  return (
    <SiteDocument locale="nl">
      <NotFoundContent locale="nl" />
    </SiteDocument>
  );
}
