import { searchPage } from '@/components/pages/search';

type Props = PageProps<'/[locale]/zoeken'>;
const view = async ({ params, searchParams }: Props) => searchPage({ locale: (await params).locale, query: await searchParams, now: new Date() });

export const generateMetadata = async (props: Props) => (await view(props)).metadata;
export default async function SearchPage(props: Props) {
  return (await view(props)).body;
}
