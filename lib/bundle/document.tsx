// The interventions bundle as a PDF (react-pdf): cover, colophon, table of contents and a chapter
// per theme. Real text with an embedded font, A4, title and language in the metadata.
import path from 'node:path';
import { Document, Font, Link, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { Chapter, BundleIntervention } from '@/lib/bundle/chapters';

const fonts = path.join(process.cwd(), 'node_modules/geist/dist/fonts/geist-sans');
Font.register({
  family: 'Geist',
  fonts: [
    { src: path.join(fonts, 'Geist-Regular.ttf') },
    { src: path.join(fonts, 'Geist-SemiBold.ttf'), fontWeight: 600 },
    { src: path.join(fonts, 'Geist-Bold.ttf'), fontWeight: 700 },
  ],
});
// Dutch compounds are long; without this react-pdf breaks them at arbitrary letters.
Font.registerHyphenationCallback((word) => [word]);

const BLUE = '#0f2d4e';
const ORANGE = '#e17000';
const s = StyleSheet.create({
  // No line height on the page or any other container: react-pdf 4 resolves an inherited line height
  // against the font size again each time it lays a fixed element out, so in the footer it grew page
  // by page until pdfkit refused the number (a chapter of 60+ interventions broke the build). Each
  // text style sets its own, in points (15pt is 1.45 × 10.5pt).
  page: { fontFamily: 'Geist', fontSize: 10.5, color: '#1c1c1c', paddingTop: 56, paddingBottom: 64, paddingHorizontal: 56 },
  cover: { backgroundColor: BLUE, color: '#ffffff', padding: 56, fontFamily: 'Geist', justifyContent: 'space-between' },
  coverTitle: { fontSize: 34, fontWeight: 700, lineHeight: 1.15 },
  coverSub: { fontSize: 16, marginTop: 16 },
  bar: { height: 6, backgroundColor: ORANGE, marginVertical: 24, width: 120 },
  h1: { fontSize: 22, lineHeight: '27pt', fontWeight: 700, color: BLUE, marginBottom: 14 },
  h2: { fontSize: 13.5, lineHeight: '17pt', fontWeight: 700, color: BLUE, marginBottom: 4 },
  intervention: { marginBottom: 18, paddingBottom: 14, borderBottomWidth: 0.5, borderBottomColor: '#c9d6e6' },
  row: { flexDirection: 'row', marginBottom: 2 },
  term: { width: 92, fontWeight: 600, lineHeight: '15pt' },
  value: { flex: 1, lineHeight: '15pt' },
  summary: { marginTop: 6, lineHeight: '15pt' },
  text: { lineHeight: '15pt' },
  url: { marginTop: 4, fontSize: 9, color: '#1b5a99' },
  note: { backgroundColor: '#fdeedd', borderLeftWidth: 3, borderLeftColor: ORANGE, padding: 10, marginVertical: 12 },
  toc: { flexDirection: 'row', justifyContent: 'space-between', paddingVertical: 4, borderBottomWidth: 0.5, borderBottomColor: '#dde9f5' },
  footer: { position: 'absolute', bottom: 28, left: 56, right: 56, fontSize: 8.5, color: '#4a4f57', flexDirection: 'row', justifyContent: 'space-between' },
});

export type BundleProps<T extends BundleIntervention> = {
  title: string;
  scope: string;
  generatedOn: string;
  chapters: Chapter<T>[];
  municipalityName: (slug: string) => string;
  themeName: (slug: string) => string;
  schoolTypeName: (type: string) => string;
  municipalityCount: number;
  origin: string;
  /** The real figures (Voortgangrapportage 2022), so the PDF never passes for the 2022 bundle. */
  figures: { interventions2022: number; municipalities: number };
};

export function BundleDocument<T extends BundleIntervention>(p: BundleProps<T>) {
  const items = p.chapters.flatMap((c) => c.items);
  return (
    <Document
      title={p.title}
      subject={p.scope}
      author="Gelijke Kansen Alliantie"
      creator="GKA-portal"
      producer="GKA-portal"
      language="nl"
      keywords="gelijke kansen, interventies, GKA"
    >
      <Page size="A4" style={s.cover}>
        <View>
          <Text style={{ fontSize: 12, fontWeight: 600 }}>Gelijke Kansen Alliantie</Text>
          <View style={s.bar} />
          <Text style={s.coverTitle}>{p.title}</Text>
          <Text style={s.coverSub}>{p.scope}</Text>
        </View>
        <Text style={{ fontSize: 10 }}>Gemaakt op {p.generatedOn} uit de inhoud van de website van de Gelijke Kansen Alliantie.</Text>
      </Page>

      <Page size="A4" style={s.page}>
        <Text style={s.h1}>Colofon</Text>
        <Text style={s.text}>
          Deze bundel is gemaakt op {p.generatedOn}. Hij bevat {items.length} {items.length === 1 ? 'interventie' : 'interventies'} uit {p.municipalityCount}{' '}
          {p.municipalityCount === 1 ? 'gemeente' : 'gemeenten'}. De bundel wordt opnieuw gemaakt als de website wordt bijgewerkt, dus hij is nooit ouder dan de
          site.
        </Text>
        <Text style={[s.text, { marginTop: 6 }]}>
          Uitgave: Gelijke Kansen Alliantie, ministerie van Onderwijs, Cultuur en Wetenschap. Contact: gelijkekansen@minocw.nl.
        </Text>
        <View style={s.note}>
          <Text style={[s.text, { fontWeight: 700 }]}>Niet de interventiebundel van 2022</Text>
          <Text style={s.text}>
            Deze pdf bevat alleen de interventies die nu op de website staan: interventies die openbare bronnen noemen, elk met die bron erbij. De
            interventiebundel van 2022 telt {p.figures.interventions2022} interventies uit {p.figures.municipalities} gemeenten.
          </Text>
        </View>
        <Text style={[s.h1, { marginTop: 18 }]}>Inhoud</Text>
        {p.chapters.map((c) => (
          <Link key={c.slug} src={`#${c.slug}`} style={{ textDecoration: 'none', color: '#1c1c1c' }}>
            <View style={s.toc}>
              <Text>{c.title}</Text>
              <Text>
                {c.items.length} {c.items.length === 1 ? 'interventie' : 'interventies'}
              </Text>
            </View>
          </Link>
        ))}
        <Footer title={p.title} />
      </Page>

      {p.chapters.map((c) => (
        <Page key={c.slug} size="A4" style={s.page}>
          <Text id={c.slug} style={s.h1}>
            {c.title}
          </Text>
          {c.items.map((i) => (
            // Not wrap={false}: an intervention longer than a page could then not be placed at all
            // (react-pdf lays it out off the page). The title keeps some text with it instead.
            <View key={i.slug} style={s.intervention}>
              <Text style={s.h2} minPresenceAhead={60}>
                {i.title}
              </Text>
              <Fact term="Gemeente" value={p.municipalityName(i.municipality)} />
              <Fact term="Thema's" value={i.themes.map(p.themeName).join(', ')} />
              {i.schoolTypes.length > 0 && <Fact term="Onderwijstype" value={i.schoolTypes.map(p.schoolTypeName).join(', ')} />}
              <Fact term="Doelgroep" value={i.targetGroup} />
              {i.partners.length > 0 && <Fact term="Partners" value={i.partners.join(', ')} />}
              <Text style={s.summary}>{i.summary}</Text>
              <Fact term="Bron" value={i.source} />
              <Link src={`${p.origin}${i.url}`} style={s.url}>
                {`${p.origin}${i.url}`}
              </Link>
            </View>
          ))}
          <Footer title={p.title} />
        </Page>
      ))}
    </Document>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    // A row split over two pages makes react-pdf's layout produce numbers pdfkit refuses.
    <View style={s.row} wrap={false}>
      <Text style={s.term}>{term}</Text>
      <Text style={s.value}>{value}</Text>
    </View>
  );
}

function Footer({ title }: { title: string }) {
  return (
    <View style={s.footer} fixed>
      <Text>{title}</Text>
      <Text render={({ pageNumber, totalPages }) => `Pagina ${pageNumber} van ${totalPages}`} />
    </View>
  );
}
