import { themePage } from '@/components/pages/themes';
import { detailRoute } from '@/app/(site)/[locale]/view-route';

export const dynamicParams = false;

const route = detailRoute(themePage, (c) => c.themes.map((t) => ({ slug: t.slug })));
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
