import { eventsIndexPage } from '@/components/pages/events';

type Props = PageProps<'/[locale]/actueel/activiteiten'>;
const view = async ({ params, searchParams }: Props) => eventsIndexPage({ locale: (await params).locale, query: await searchParams, now: new Date() });

export const generateMetadata = async (props: Props) => (await view(props)).metadata;
export default async function EventsPage(props: Props) {
  return (await view(props)).body;
}
