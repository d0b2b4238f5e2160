import { describe, expect, it } from 'vitest';
import { atomFeed, feedContentType, feedResponse, rssFeed } from './format';
import { FEED_XSL, FEED_XSL_PATH, withStylesheet } from './stylesheet';

const input = {
  title: 'Nieuws van de GKA',
  description: 'Het nieuws',
  origin: 'https://www.gelijke-kansen.nl',
  pageUrl: '/actueel/nieuws',
  selfUrl: '/actueel/nieuws/rss.xml',
  items: [{ title: 'Een bericht', url: '/actueel/nieuws/2023/03/14/a', summary: 'Kort', date: '2023-03-14' }],
};
const instruction = `<?xml-stylesheet type="text/xsl" href="${FEED_XSL_PATH}"?>`;

describe('feed stylesheet', () => {
  it('puts the instruction after the XML declaration and changes nothing else: readers get the same feed', async () => {
    for (const [format, xml] of [
      ['rss', rssFeed(input)],
      ['atom', atomFeed(input)],
    ] as const) {
      const served = await feedResponse(input, format).text();
      expect(served.startsWith('<?xml version="1.0" encoding="utf-8"?>\n' + instruction)).toBe(true);
      expect(served.replace(`\n${instruction}`, '')).toBe(xml);
    }
    expect(withStylesheet('<rss/>')).toBe(`${instruction}\n<rss/>`);
  });

  it('gives a browser the feed as application/xml, so it applies the stylesheet; a reader the feed type', () => {
    const browser = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8';
    expect(feedContentType('rss', browser)).toBe('application/xml; charset=utf-8');
    expect(feedContentType('atom', browser)).toBe('application/xml; charset=utf-8');
    for (const reader of [null, '', '*/*', 'application/rss+xml, application/xml;q=0.9, text/html;q=0.1', 'application/atom+xml'])
      expect(feedContentType('rss', reader), String(reader)).toBe('application/rss+xml; charset=utf-8');
    expect(feedContentType('atom', '*/*')).toBe('application/atom+xml; charset=utf-8');
    const served = feedResponse(input, 'rss', new Request('https://x.nl/actueel/nieuws/rss.xml', { headers: { accept: browser } }));
    expect(served.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(served.headers.get('vary')).toBe('Accept');
  });

  it('reads RSS and Atom, explains what a feed is and links the items; no script', () => {
    expect(FEED_XSL).toContain('match="/"');
    expect(FEED_XSL).toContain('rss/channel/item');
    expect(FEED_XSL).toContain('atom:feed/atom:entry');
    expect(FEED_XSL).toContain('Wat is een feed?');
    expect(FEED_XSL).toContain('<html lang="nl">');
    expect(FEED_XSL).not.toMatch(/<script|style=/);
  });
});
