// What a person sees who opens a feed in a browser: the feed carries an <?xml-stylesheet?>
// instruction, the browser turns it into a page with this XSLT (served by the site, so the
// Content-Security-Policy's 'self' allows it) and styles it with FEED_CSS. Feed readers ignore
// the instruction: they get the same feed as before. One stylesheet for RSS 2.0 and Atom.

export const FEED_XSL_PATH = '/feed.xsl';
export const FEED_CSS_PATH = '/feed.css';

/** The processing instruction, put after the XML declaration of every feed. */
export function withStylesheet(xml: string): string {
  const instruction = `<?xml-stylesheet type="text/xsl" href="${FEED_XSL_PATH}"?>`;
  const declaration = /^<\?xml[^?]*\?>/.exec(xml);
  return declaration ? `${declaration[0]}\n${instruction}${xml.slice(declaration[0].length)}` : `${instruction}\n${xml}`;
}

export const FEED_XSL = `<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>
  <xsl:variable name="title" select="rss/channel/title | atom:feed/atom:title"/>
  <xsl:variable name="self" select="rss/channel/atom:link[@rel='self']/@href | atom:feed/atom:link[@rel='self']/@href"/>
  <xsl:template match="/">
    <html lang="nl">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title><xsl:value-of select="$title"/> (feed)</title>
        <link rel="stylesheet" href="${FEED_CSS_PATH}"/>
      </head>
      <body>
        <main>
          <p class="soort">Feed van de Gelijke Kansen Alliantie</p>
          <h1><xsl:value-of select="$title"/></h1>
          <p><xsl:value-of select="rss/channel/description | atom:feed/atom:subtitle"/></p>
          <section class="uitleg" aria-labelledby="uitleg-titel">
            <h2 id="uitleg-titel">Wat is een feed?</h2>
            <p>Een feed is een lijst die een feedlezer (ook RSS-lezer genoemd) zelf regelmatig ophaalt. Zo zie je nieuwe berichten zonder de site steeds te bezoeken. Deze pagina is dezelfde feed, leesbaar gemaakt voor je browser.</p>
            <h2>Zo volg je deze feed</h2>
            <ol>
              <li>Kopieer het adres hieronder (of uit de adresbalk).</li>
              <li>Plak het in je feedlezer, bij bijvoorbeeld "Feed toevoegen" of "Abonneren".</li>
            </ol>
            <p class="adres"><xsl:value-of select="$self"/></p>
          </section>
          <section aria-labelledby="items-titel">
            <h2 id="items-titel">Nu in deze feed</h2>
            <xsl:choose>
              <xsl:when test="rss/channel/item | atom:feed/atom:entry">
                <ul class="items">
                  <xsl:for-each select="rss/channel/item">
                    <li>
                      <h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
                      <p><xsl:value-of select="description"/></p>
                    </li>
                  </xsl:for-each>
                  <xsl:for-each select="atom:feed/atom:entry">
                    <li>
                      <h3><a href="{atom:link[not(@rel) or @rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h3>
                      <p><xsl:value-of select="atom:summary | atom:content"/></p>
                    </li>
                  </xsl:for-each>
                </ul>
              </xsl:when>
              <xsl:otherwise>
                <p>Er staat nu niets in deze feed. Zodra er iets bij komt, ziet je feedlezer het.</p>
              </xsl:otherwise>
            </xsl:choose>
          </section>
          <p class="terug"><a href="{rss/channel/link | atom:feed/atom:link[not(@rel) or @rel='alternate']/@href}">Naar deze lijst op de site</a></p>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
`;

// Plain, readable, high contrast; no remote fonts (the site's own are hashed build files).
export const FEED_CSS = `html { font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1b; background: #fff; }
body { margin: 0; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.9rem; line-height: 1.2; color: #0b2f5b; margin: 0.25rem 0 0.75rem; }
h2 { font-size: 1.3rem; color: #0b2f5b; margin: 1.75rem 0 0.5rem; }
h3 { font-size: 1.1rem; margin: 0; }
a { color: #0b4a8f; text-decoration: underline; }
a:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 2px; background: #ffdd00; }
.soort { margin: 0; font-weight: 600; color: #4a4a4a; }
.uitleg { border-left: 4px solid #0b4a8f; background: #eef4fb; padding: 0.25rem 1rem 0.75rem; margin-top: 1.5rem; }
.adres { font-family: ui-monospace, monospace; overflow-wrap: anywhere; background: #fff; padding: 0.5rem; border: 1px solid #9aa9ba; }
.items { list-style: none; padding: 0; margin: 0; }
.items li { border-bottom: 1px solid #d5dde6; padding: 0.9rem 0; }
.items p { margin: 0.25rem 0 0; }
.terug { margin-top: 2rem; }
@media (forced-colors: active) { .uitleg, .adres { border: 1px solid CanvasText; } }
`;
