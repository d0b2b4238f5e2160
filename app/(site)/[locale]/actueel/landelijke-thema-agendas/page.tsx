import { agendasPage } from '@/components/pages/agendas';
import { viewRoute } from '@/app/(site)/[locale]/view-route';

const route = viewRoute(agendasPage);
export const generateMetadata = route.generateMetadata;
export default route.Page;
