import { municipalitiesPage } from '@/components/pages/municipalities';

type Props = PageProps<'/[locale]/gemeenten'>;
const view = async ({ params, searchParams }: Props) => municipalitiesPage({ locale: (await params).locale, query: await searchParams, now: new Date() });

export const generateMetadata = async (props: Props) => (await view(props)).metadata;
export default async function MunicipalitiesPage(props: Props) {
  return (await view(props)).body;
}
