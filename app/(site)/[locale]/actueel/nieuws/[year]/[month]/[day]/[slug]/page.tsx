import { newsItemPage } from '@/components/pages/news-item';
import { detailRoute } from '@/app/(site)/[locale]/view-route';

export const dynamicParams = false;

const route = detailRoute(newsItemPage, (c) =>
  c.news.map((n) => {
    const [year, month, day] = n.date.split('-');
    return { year, month, day, slug: n.slug };
  }),
);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
