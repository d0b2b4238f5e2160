import { themesPage } from '@/components/pages/themes';
import { viewRoute } from '@/app/(site)/[locale]/view-route';

const route = viewRoute(themesPage);
export const generateMetadata = route.generateMetadata;
export default route.Page;
