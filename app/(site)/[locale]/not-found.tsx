import { NotFoundContent } from '@/components/layout/NotFoundContent';

// Reached only for a notFound() inside the locale segment, which no page throws (see layout.tsx).
export default function NotFound() {
  return <NotFoundContent locale="nl" />;
}
