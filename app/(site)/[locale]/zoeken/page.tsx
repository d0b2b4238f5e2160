import { searchPage } from '@/components/pages/search';
import { currentContent } from '@/lib/content';

type Props = PageProps<'/[locale]/zoeken'>;
const view = async ({ params, searchParams }: Props) => {
  const now = new Date();
  return searchPage({ locale: (await params).locale, query: await searchParams, content: currentContent(now), now });
};

export const generateMetadata = async (props: Props) => (await view(props)).metadata;
export default async function SearchPage(props: Props) {
  return (await view(props)).body;
}
