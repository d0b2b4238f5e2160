import { fixedFormPage } from '@/components/forms/fixedFormPage';

const route = fixedFormPage('vraag');
export const generateMetadata = route.generateMetadata;
export default route.Page;
