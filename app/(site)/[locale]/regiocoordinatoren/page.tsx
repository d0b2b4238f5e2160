import { coordinatorsPage } from '@/components/pages/coordinators';

type Props = PageProps<'/[locale]/regiocoordinatoren'>;
const view = async ({ params, searchParams }: Props) => coordinatorsPage({ locale: (await params).locale, query: await searchParams, now: new Date() });

export const generateMetadata = async (props: Props) => (await view(props)).metadata;
export default async function CoordinatorsPage(props: Props) {
  return (await view(props)).body;
}
