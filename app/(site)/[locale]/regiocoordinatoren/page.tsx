import { coordinatorsPage } from '@/components/pages/coordinators';
import { currentContent } from '@/lib/content';

type Props = PageProps<'/[locale]/regiocoordinatoren'>;
const view = async ({ params, searchParams }: Props) => {
  const now = new Date();
  return coordinatorsPage({ locale: (await params).locale, query: await searchParams, content: currentContent(now), now });
};

export const generateMetadata = async (props: Props) => (await view(props)).metadata;
export default async function CoordinatorsPage(props: Props) {
  return (await view(props)).body;
}
