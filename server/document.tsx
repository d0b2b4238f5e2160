// A whole HTML document for a page the production server renders itself: the same components
// as Next's route, rendered with react-dom/server, in the head the stylesheet, font and icon the
// build manifest names (lib/build/manifest.ts). No Next client runtime and no RSC payload: these
// pages are plain HTML with one small script (public/js/lijsten.js) that only improves them.
import { renderToString } from 'react-dom/server';
import { LocaleSwitch } from '@/components/layout/LocaleSwitch';
import { BODY_CLASS, SiteBody } from '@/components/layout/SiteBody';
import { localeSwitchProps } from '@/components/layout/SiteHeader';
import type { PageView } from '@/components/pages/types';
import type { BuildManifest } from '@/lib/build/manifest';
import { metadataTags, TITLE_TEMPLATE } from '@/lib/seo/metadata';
import { configuredOrigin } from '@/lib/urls';

/** What a document links from the build: the same on every page of one build. */
export type DocumentAssets = Pick<BuildManifest, 'stylesheets' | 'fonts' | 'icon'>;

export function renderDocument(view: PageView, { locale, address, assets }: { locale: string; address: string; assets: DocumentAssets }): string {
  const head = metadataTags(view.metadata, { origin: configuredOrigin(), titleTemplate: TITLE_TEMPLATE });
  return (
    '<!DOCTYPE html>' +
    renderToString(
      <html lang={locale}>
        {/* eslint-disable-next-line @next/next/no-head-element -- this document is rendered outside Next */}
        <head>
          <meta charSet="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          {assets.fonts.map((href) => (
            <link key={href} rel="preload" href={href} as="font" type="font/woff2" crossOrigin="" />
          ))}
          {assets.stylesheets.map((href) => (
            <link key={href} rel="stylesheet" href={href} />
          ))}
          <link rel="icon" href={assets.icon.href} type={assets.icon.type} sizes="any" />
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
