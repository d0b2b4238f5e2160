import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { NotFoundContent } from '@/components/layout/NotFoundContent';
import { SiteDocument } from '@/components/layout/SiteDocument';

export const metadata: Metadata = { title: 'Pagina niet gevonden | Gelijke Kansen Alliantie' };

// Every unknown address ends here (see app/[locale]/layout.tsx): the full site, in Dutch.
export default function GlobalNotFound() {
  setRequestLocale('nl');
  return (
    <SiteDocument locale="nl">
      <NotFoundContent />
    </SiteDocument>
  );
}
