// A whole HTML document for a page the production server renders itself: the same components
// as Next's route, rendered with react-dom/server, in the head the build's own stylesheet, font
// and icon. No Next client runtime and no RSC payload: these pages are plain HTML with one small
// script (public/js/lijsten.js) that only improves them.
import fs from 'node:fs';
import path from 'node:path';
import { renderToString } from 'react-dom/server';
import { translator } from '@/i18n/translate';
import { LocaleSwitch } from '@/components/layout/LocaleSwitch';
import { BODY_CLASS, SiteBody } from '@/components/layout/SiteBody';
import { localeSwitchProps } from '@/components/layout/SiteHeader';
import type { PageView } from '@/components/pages/types';
import { metadataTags } from '@/lib/seo/metadata';
import { configuredOrigin } from '@/lib/urls';

export type BuildAssets = { htmlClass: string; links: Record<string, string>[] };

const attributes = (tag: string) => Object.fromEntries([...tag.matchAll(/\s([\w:-]+)(?:="([^"]*)")?/g)].map(([, k, v]) => [k, v ?? '']));

/**
 * The <html> class (the font's CSS variable) and the stylesheet, font and icon links, read from
 * a page the build prerendered: they are the same on every page of one build.
 */
export function readBuildAssets(distDir: string): BuildAssets {
  const html = fs.readFileSync(path.join(distDir, 'server/app/nl/themas.html'), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const htmlTag = /<html[^>]*>/.exec(head)?.[0] ?? '';
  const links = [...head.matchAll(/<link\b[^>]*>/g)]
    .map((m) => attributes(m[0]))
    .filter((a) => a.rel === 'stylesheet' || a.rel === 'icon' || (a.rel === 'preload' && a.as === 'font'));
  if (!links.some((l) => l.rel === 'stylesheet')) throw new Error('Geen stylesheet gevonden in de build (.next/server/app/nl/themas.html)');
  return { htmlClass: attributes(htmlTag).class ?? '', links };
}

const REACT_NAMES: Record<string, string> = { crossorigin: 'crossOrigin', 'data-precedence': 'data-precedence', fetchpriority: 'fetchPriority' };
const reactProps = (attrs: Record<string, string>) => Object.fromEntries(Object.entries(attrs).map(([k, v]) => [REACT_NAMES[k] ?? k, v]));

export function renderDocument(view: PageView, { locale, address, assets }: { locale: string; address: string; assets: BuildAssets }): string {
  const t = translator(locale);
  const head = metadataTags(view.metadata, { origin: configuredOrigin(), titleTemplate: `%s | ${t('site.name')}` });
  return (
    '<!DOCTYPE html>' +
    renderToString(
      <html lang={locale} className={assets.htmlClass}>
        {/* eslint-disable-next-line @next/next/no-head-element -- this document is rendered outside Next */}
        <head>
          <meta charSet="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          {assets.links.map((l, i) => (
            <link key={`a${i}`} {...reactProps(l)} />
          ))}
          {head.map((h, i) =>
            h.tag === 'title' ? <title key={i}>{h.text}</title> : h.tag === 'meta' ? <meta key={i} {...h.attrs} /> : <link key={i} {...h.attrs} />,
          )}
        </head>
        <body className={BODY_CLASS}>
          <SiteBody locale={locale} localeSwitch={<LocaleSwitch {...localeSwitchProps(locale)} path={address} />}>
            {view.body}
          </SiteBody>
        </body>
      </html>,
    )
  );
}
