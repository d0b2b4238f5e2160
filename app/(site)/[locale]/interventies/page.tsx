import { interventionsPage } from '@/components/pages/interventions';
import { currentContent } from '@/lib/content';

type Props = PageProps<'/[locale]/interventies'>;
const view = async ({ params, searchParams }: Props) => {
  const now = new Date();
  return interventionsPage({ locale: (await params).locale, query: await searchParams, content: currentContent(now), now });
};

export const generateMetadata = async (props: Props) => (await view(props)).metadata;
export default async function InterventionsPage(props: Props) {
  return (await view(props)).body;
}
