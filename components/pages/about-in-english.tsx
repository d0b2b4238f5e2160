import { PageHeader } from '@/components/layout/PageHeader';
import { Section } from '@/components/content/Section';
import { Link } from '@/components/ui/Link';
import { FIGURES } from '@/lib/figures';
import { GKA_MAILBOX } from '@/lib/site';
import { urls } from '@/lib/urls';

export const ABOUT_IN_ENGLISH = {
  title: 'About the Gelijke Kansen Alliantie',
  lead: 'The Gelijke Kansen Alliantie (GKA, Equal Opportunities Alliance) works for equal opportunities in education for all children and young people in the Netherlands.',
};

/**
 * The one page written in English: what the GKA is, who takes part, how to get in touch. Every
 * other page has an English interface around Dutch content. Each sentence translates a fact from
 * the GKA's own pages (the seeds) or the public facts the portal is built on; nothing is added.
 * It lives here, not in content/, because everything in content/ is Dutch and marked so.
 */
export function AboutInEnglish({ locale }: { locale: string }) {
  const mail = <a href={`mailto:${GKA_MAILBOX}`}>{GKA_MAILBOX}</a>;
  return (
    <article>
      <PageHeader locale={locale} title={ABOUT_IN_ENGLISH.title} trail={[]} lead={ABOUT_IN_ENGLISH.lead} />
      <div className="container-page mt-8 max-w-3xl space-y-4 text-lg">
        <p>
          The rest of this website is in Dutch: the menus and buttons are in English, the pages themselves are not. The Dutch version of this page is{' '}
          <Link href={urls.about()} locale="nl" lang="nl" hrefLang="nl">
            Over de Gelijke Kansen Alliantie
          </Link>
          .
        </p>
        <Section id="what" title="What the GKA is">
          <div className="space-y-4">
            <p>
              The Dutch Ministry of Education, Culture and Science (OCW) launched the Gelijke Kansen Alliantie on 31 October 2016. It is a lasting network of
              local, regional and national initiatives that helps to promote equal opportunities for all children and young people in the Netherlands.
            </p>
            <p>
              Equal opportunities do not depend on school alone: home, friends and the neighbourhood a child grows up in matter too. Creating equal
              opportunities is therefore everyone’s responsibility, from teachers and sports coaches to civil-society organisations, employers and universities.
              The Alliance shares existing and new knowledge widely, strengthens social movements and opens up local and national networks.
            </p>
          </div>
        </Section>
        <Section id="who" title="Who takes part">
          <div className="space-y-4">
            <p>
              Municipalities take part by signing a GKA agenda, which sets out the steps they will take for equal opportunities. The first 30 GKA agendas, for
              2019–2021, were ready in July 2019; by July 2020 50 municipalities had joined. According to the progress report for 2022, sent to the Dutch House
              of Representatives in March 2023, there were {FIGURES.municipalities} GKA municipalities, {FIGURES.newMunicipalities2020to2022} of which joined in
              2020–2022, and the 2022 bundle held {FIGURES.interventions2022} interventions.
            </p>
            <p>
              Schools work together on a theme in the national GKA agendas, each of which runs for at least two years: Professionalisering (professional
              development), Taal &amp; Ouders (language and parents) and Omgaan met Armoede op Scholen (dealing with poverty at school). Schools from
              municipalities that are not GKA municipalities can join too. In January 2024 the GKA learning networks for school leaders and for teachers in
              primary and secondary education started, developed and run by The Alignment House.
            </p>
            <p>
              The GKA’s regional coordinators talk with aldermen, policy makers, school boards, school leaders, teachers and other professionals about what
              equal opportunities mean in their region.
            </p>
          </div>
        </Section>
        <Section id="contact" title="How to get in touch">
          <div className="space-y-4">
            <p>Write to the GKA at {mail}.</p>
            <p>
              To find the regional coordinator for a municipality or school, use the{' '}
              <Link href={urls.coordinators()} locale={locale}>
                regional coordinators
              </Link>{' '}
              page; the{' '}
              <Link href={urls.contact()} locale={locale}>
                contact
              </Link>{' '}
              page has the forms for a question or for reporting an initiative (in Dutch).
            </p>
          </div>
        </Section>
      </div>
    </article>
  );
}
