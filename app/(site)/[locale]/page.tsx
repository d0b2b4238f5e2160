import { homePage } from '@/components/pages/home';

// Prerendered for `next start` and development; the production server renders the home page
// itself at start and again at every clock transition (what is upcoming, what is published).
type Props = PageProps<'/[locale]'>;
const view = async ({ params }: Props) => homePage({ locale: (await params).locale, now: new Date() });

export const generateMetadata = async (props: Props) => (await view(props)).metadata;
export default async function HomePage(props: Props) {
  return (await view(props)).body;
}
