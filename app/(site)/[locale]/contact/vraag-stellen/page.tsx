import { fixedFormPage } from '@/app/(site)/[locale]/fixed-form';

const route = fixedFormPage('vraag');
export const generateMetadata = route.generateMetadata;
export default route.Page;
