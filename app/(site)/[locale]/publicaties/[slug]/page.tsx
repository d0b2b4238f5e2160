import { publicationPage } from '@/components/pages/publications';
import { detailRoute } from '@/app/(site)/[locale]/view-route';

export const dynamicParams = false;

const route = detailRoute(publicationPage, (c) => c.publications.map((p) => ({ slug: p.slug })));
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
