import { municipalitiesPage } from '@/components/pages/municipalities';
import { currentContent } from '@/lib/content';

type Props = PageProps<'/[locale]/gemeenten'>;
const view = async ({ params, searchParams }: Props) => {
  const now = new Date();
  return municipalitiesPage({ locale: (await params).locale, query: await searchParams, content: currentContent(now), now });
};

export const generateMetadata = async (props: Props) => (await view(props)).metadata;
export default async function MunicipalitiesPage(props: Props) {
  return (await view(props)).body;
}
