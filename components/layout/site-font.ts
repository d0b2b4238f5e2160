import { preload } from 'react-dom';

/** The site font (app/globals.css @font-face), as public/fonts serves it. */
export const SITE_FONT = '/fonts/Geist-Variable.woff2';

/**
 * Asks Next to preload the font in a page it renders, so text is not shown in the fallback first;
 * the production server's own pages link the fonts the build manifest names (server/document.tsx).
 */
export function preloadSiteFont() {
  preload(SITE_FONT, { as: 'font', type: 'font/woff2', crossOrigin: '' });
}
