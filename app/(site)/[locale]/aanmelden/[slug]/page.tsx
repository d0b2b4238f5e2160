import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { translator } from '@/i18n/translate';
import { Link } from '@/components/ui/Link';
import { FormPage } from '@/components/forms/FormPage';
import { pageMetadata } from '@/lib/seo/metadata';
import { currentContent } from '@/lib/content';
import { formTrails, signupFormFor } from '@/lib/forms';

type Props = PageProps<'/[locale]/aanmelden/[slug]'>;

// Rendered per request from the release the server serves: a sign-up published after the build
// exists too. The server answers a sign-up the content does not ask for with its 404 before Next
// is asked (server/routes.ts), so the notFound() below only guards a release switched meanwhile.

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const form = signupFormFor(currentContent(), slug);
  if (!form?.target) return {};
  const t = translator(locale);
  return pageMetadata({
    title: t('forms.signup.title', { title: form.target.title }),
    description: t('forms.signup.lead', { title: form.target.title }),
    path: form.path,
    kind: 'pagina',
  });
}

export default async function SignupPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const content = currentContent();
  const form = signupFormFor(content, slug);
  // A dynamic page is not held to generateStaticParams: unknown sign-ups end here.
  if (!form?.target) notFound();
  const target = form.target;
  const t = translator(locale);
  return (
    <FormPage
      form={form}
      locale={locale}
      title={t('forms.signup.title', { title: target.title })}
      lead={t('forms.signup.lead', { title: target.title })}
      trail={formTrails(content).signup(target, locale)}
      searchParams={await searchParams}
    >
      <section aria-labelledby="over-titel" className="max-w-2xl space-y-2">
        <h2 id="over-titel" className="text-xl font-bold text-brand-900">
          {t('forms.signup.about', { title: target.title })}
        </h2>
        <p>{target.how}</p>
        <p>
          <Link locale={locale} href={target.url}>
            {target.title}
          </Link>
        </p>
      </section>
    </FormPage>
  );
}
