import { describe, expect, it } from 'vitest';
import { feedResponse, rssFeed, atomFeed } from './format';
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

  it('reads RSS and Atom, explains what a feed is and links the items; no script', () => {
    expect(FEED_XSL).toContain('match="/"');
    expect(FEED_XSL).toContain('rss/channel/item');
    expect(FEED_XSL).toContain('atom:feed/atom:entry');
    expect(FEED_XSL).toContain('Wat is een feed?');
    expect(FEED_XSL).toContain('<html lang="nl">');
    expect(FEED_XSL).not.toMatch(/<script|style=/);
  });
});
