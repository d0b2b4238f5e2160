import { fixedFormPage } from '@/components/forms/fixedFormPage';

const route = fixedFormPage('initiatief');
export const generateMetadata = route.generateMetadata;
export default route.Page;
