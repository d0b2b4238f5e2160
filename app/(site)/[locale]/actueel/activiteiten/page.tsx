import { eventsIndexPage } from '@/components/pages/events';
import { currentContent } from '@/lib/content';

type Props = PageProps<'/[locale]/actueel/activiteiten'>;
const view = async ({ params, searchParams }: Props) => {
  const now = new Date();
  return eventsIndexPage({ locale: (await params).locale, query: await searchParams, content: currentContent(now), now });
};

export const generateMetadata = async (props: Props) => (await view(props)).metadata;
export default async function EventsPage(props: Props) {
  return (await view(props)).body;
}
