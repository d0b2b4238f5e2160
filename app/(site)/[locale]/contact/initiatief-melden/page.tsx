import { fixedFormPage } from '@/app/(site)/[locale]/fixed-form';

const route = fixedFormPage('initiatief');
export const generateMetadata = route.generateMetadata;
export default route.Page;
