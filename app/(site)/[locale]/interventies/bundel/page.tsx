import { bundlePage } from '@/components/pages/bundle';
import { viewRoute } from '@/app/(site)/[locale]/view-route';

const route = viewRoute(bundlePage);
export const generateMetadata = route.generateMetadata;
export default route.Page;
