import { publicationsPage } from '@/components/pages/publications';
import { viewRoute } from '@/app/(site)/[locale]/view-route';

const route = viewRoute(publicationsPage);
export const generateMetadata = route.generateMetadata;
export default route.Page;
