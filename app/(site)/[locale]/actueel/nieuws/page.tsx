import { newsIndexPage } from '@/components/pages/news';
import { currentContent } from '@/lib/content';

type Props = PageProps<'/[locale]/actueel/nieuws'>;
const view = async ({ params, searchParams }: Props) => {
  const now = new Date();
  return newsIndexPage({ locale: (await params).locale, query: await searchParams, content: currentContent(now), now });
};

export const generateMetadata = async (props: Props) => (await view(props)).metadata;
export default async function NewsIndexPage(props: Props) {
  return (await view(props)).body;
}
