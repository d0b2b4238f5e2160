import { municipalityPage } from '@/components/pages/municipality';
import { detailRoute } from '@/app/(site)/[locale]/view-route';

export const dynamicParams = false;

const route = detailRoute(municipalityPage, (c) => c.municipalities.map((m) => ({ slug: m.slug })));
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
