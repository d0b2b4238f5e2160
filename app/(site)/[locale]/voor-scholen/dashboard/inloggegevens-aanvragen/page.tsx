import { fixedFormPage } from '@/components/forms/fixedFormPage';

const route = fixedFormPage('dashboard');
export const generateMetadata = route.generateMetadata;
export default route.Page;
