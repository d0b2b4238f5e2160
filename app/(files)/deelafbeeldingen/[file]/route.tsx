import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import nl from '@/messages/nl.json';
import { SITE_NAME } from '@/lib/site';
import { parseShareImageFile, SHARE_IMAGE_SIZE, SHARE_KINDS, type ShareKind } from '@/lib/seo/share-images';

// /deelafbeeldingen/<type>.png: the picture social media show beside a shared link, one per page
// type, drawn once at build time with the self-hosted Geist font (no network).

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return SHARE_KINDS.map((kind) => ({ file: `${kind}.png` }));
}

const LABELS: Record<ShareKind, string> = {
  home: nl.site.tagline,
  nieuws: nl.news.title,
  activiteiten: nl.events.title,
  agendas: nl.agendas.title,
  podcast: nl.podcast.title,
  interventies: nl.interventions.title,
  gemeenten: nl.municipalities.title,
  regiocoordinatoren: nl.regions.title,
  themas: nl.themes.title,
  publicaties: nl.publications.title,
  'open-data': nl.openData.title,
  pagina: nl.site.tagline,
};

const fonts = path.join(process.cwd(), 'node_modules/geist/dist/fonts/geist-sans');

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const kind = parseShareImageFile((await params).file);
  if (!kind) return new Response('Niet gevonden', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const [regular, bold] = await Promise.all([readFile(path.join(fonts, 'Geist-Regular.ttf')), readFile(path.join(fonts, 'Geist-Bold.ttf'))]);
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        background: '#154273',
        color: '#ffffff',
        padding: 72,
        fontFamily: 'Geist',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
        <div style={{ width: 16, height: 72, background: '#e17000' }} />
        <div style={{ fontSize: 40, fontWeight: 700 }}>{SITE_NAME}</div>
      </div>
      <div style={{ fontSize: kind === 'home' || kind === 'pagina' ? 64 : 88, fontWeight: 700, lineHeight: 1.1, maxWidth: 1000 }}>{LABELS[kind]}</div>
      <div style={{ fontSize: 30, color: '#dde9f5' }}>{nl.site.ministry}</div>
    </div>,
    {
      ...SHARE_IMAGE_SIZE,
      fonts: [
        { name: 'Geist', data: regular, weight: 400, style: 'normal' },
        { name: 'Geist', data: bold, weight: 700, style: 'normal' },
      ],
    },
  );
}
