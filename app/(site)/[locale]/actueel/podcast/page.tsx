import { podcastPage } from '@/components/pages/podcast';
import { viewRoute } from '@/app/(site)/[locale]/view-route';

const route = viewRoute(podcastPage);
export const generateMetadata = route.generateMetadata;
export default route.Page;
