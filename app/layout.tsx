import type { ReactNode } from 'react';

// The real root layout is app/(site)/[locale]/layout.tsx; this one only exists so that
// app/not-found.tsx can answer addresses the locale proxy does not handle.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
