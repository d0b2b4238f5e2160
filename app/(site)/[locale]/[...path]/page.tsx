import { contentPage } from '@/components/pages/content-page';
import { detailRoute } from '@/app/(site)/[locale]/view-route';

export const dynamicParams = false;

const route = detailRoute(contentPage, (c) => c.pages.map((p) => ({ path: p.path.split('/') })));
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
