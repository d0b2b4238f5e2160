import { currentPage } from '@/components/pages/current';
import { viewRoute } from '@/app/(site)/[locale]/view-route';

const route = viewRoute(currentPage);
export const generateMetadata = route.generateMetadata;
export default route.Page;
