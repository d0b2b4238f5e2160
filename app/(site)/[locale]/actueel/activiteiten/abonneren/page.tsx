import { calendarHelpPage } from '@/components/pages/calendar-help';
import { viewRoute } from '@/app/(site)/[locale]/view-route';

const route = viewRoute(calendarHelpPage);
export const generateMetadata = route.generateMetadata;
export default route.Page;
