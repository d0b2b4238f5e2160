import { interventionPage } from '@/components/pages/intervention';
import { detailRoute } from '@/app/(site)/[locale]/view-route';

export const dynamicParams = false;

const route = detailRoute(interventionPage, (c) => c.interventions.map((i) => ({ slug: i.slug })));
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
