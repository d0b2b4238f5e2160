import { agendaPage } from '@/components/pages/agendas';
import { detailRoute } from '@/app/(site)/[locale]/view-route';

export const dynamicParams = false;

const route = detailRoute(agendaPage, (c) => c.agendas.map((a) => ({ slug: a.slug })));
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
