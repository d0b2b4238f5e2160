import { homePage } from '@/components/pages/home';
import { currentContent } from '@/lib/content';

// Prerendered for `next start` and development; the production server renders the home page
// itself at start and again at every clock transition (what is upcoming, what is published).
type Props = PageProps<'/[locale]'>;
const view = async ({ params }: Props) => {
  const now = new Date();
  return homePage({ locale: (await params).locale, content: currentContent(now), now });
};

export const generateMetadata = async (props: Props) => (await view(props)).metadata;
export default async function HomePage(props: Props) {
  return (await view(props)).body;
}
