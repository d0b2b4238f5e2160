import { episodePage } from '@/components/pages/podcast';
import { detailRoute } from '@/app/(site)/[locale]/view-route';

export const dynamicParams = false;

const route = detailRoute(episodePage, (c) => c.podcastEpisodes.map((e) => ({ slug: e.slug })));
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
