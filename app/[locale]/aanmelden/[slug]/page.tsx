import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { FormPage } from '@/components/forms/FormPage';
import { signupFormFor, signupForms } from '@/lib/forms/definitions';
import { pageMetadata } from '@/lib/metadata';

type Props = PageProps<'/[locale]/aanmelden/[slug]'>;

// Only sign-ups that content asks for exist; anything else is an unmatched route (a real 404).
export const dynamicParams = false;

export function generateStaticParams() {
  return signupForms.map((f) => ({ slug: f.target!.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const form = signupFormFor((await params).slug);
  if (!form?.target) return {};
  const t = await getTranslations('forms.signup');
  return pageMetadata({ title: t('title', { title: form.target.title }), description: t('lead', { title: form.target.title }), path: form.path, kind: 'pagina' });
}

export default async function SignupPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const form = signupFormFor(slug);
  // A dynamic page is not held to generateStaticParams: unknown sign-ups end here.
  if (!form?.target) notFound();
  const target = form.target;
  const t = await getTranslations('forms.signup');
  return (
    <FormPage
      form={form}
      title={t('title', { title: target.title })}
      lead={t('lead', { title: target.title })}
      trail={[{ label: target.title, href: target.url }]}
      searchParams={await searchParams}
    >
      <section aria-labelledby="over-titel" className="max-w-2xl space-y-2">
        <h2 id="over-titel" className="text-xl font-bold text-brand-900">
          {t('about', { title: target.title })}
        </h2>
        <p>{target.how}</p>
        <p>
          <Link href={target.url}>{target.title}</Link>
        </p>
      </section>
    </FormPage>
  );
}
