import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// The staff view: never in search engines, never cached by anyone.
export const metadata: Metadata = { title: 'Beheer | Gelijke Kansen Alliantie', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

export default function StaffLayout({ children }: { children: ReactNode }) {
  return children;
}
