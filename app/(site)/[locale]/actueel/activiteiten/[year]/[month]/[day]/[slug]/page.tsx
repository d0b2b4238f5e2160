import { eventPage } from '@/components/pages/event';
import { built, currentContent } from '@/lib/content';
import { findByDateAndSlug } from '@/lib/content/queries';

type Props = PageProps<'/[locale]/actueel/activiteiten/[year]/[month]/[day]/[slug]'>;

export const dynamicParams = false;

// Scheduled events too: the production server holds them back until their publishDate.
export function generateStaticParams() {
  return built.events.map((e) => {
    const [year, month, day] = e.start.slice(0, 10).split('-');
    return { year, month, day, slug: e.slug };
  });
}

async function view({ params }: Props) {
  const { locale, year, month, day, slug } = await params;
  const event = findByDateAndSlug(built.events, (e) => e.start, { year, month, day }, slug)!;
  const now = new Date();
  return eventPage({ event, locale, content: currentContent(now), now });
}

export const generateMetadata = async (props: Props) => (await view(props)).metadata;
export default async function EventPage(props: Props) {
  return (await view(props)).body;
}
