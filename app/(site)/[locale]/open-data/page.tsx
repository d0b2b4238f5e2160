import { openDataPage } from '@/components/pages/open-data';
import { viewRoute } from '@/app/(site)/[locale]/view-route';

const route = viewRoute(openDataPage);
export const generateMetadata = route.generateMetadata;
export default route.Page;
