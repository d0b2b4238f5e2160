import { newsIndexPage } from '@/components/pages/news';

type Props = PageProps<'/[locale]/actueel/nieuws'>;
const view = async ({ params, searchParams }: Props) => newsIndexPage({ locale: (await params).locale, query: await searchParams, now: new Date() });

export const generateMetadata = async (props: Props) => (await view(props)).metadata;
export default async function NewsIndexPage(props: Props) {
  return (await view(props)).body;
}
