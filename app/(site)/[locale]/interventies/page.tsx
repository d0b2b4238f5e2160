import { interventionsPage } from '@/components/pages/interventions';

type Props = PageProps<'/[locale]/interventies'>;
const view = async ({ params, searchParams }: Props) => interventionsPage({ locale: (await params).locale, query: await searchParams, now: new Date() });

export const generateMetadata = async (props: Props) => (await view(props)).metadata;
export default async function InterventionsPage(props: Props) {
  return (await view(props)).body;
}
