import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchContent } from '@/tests/support/content-folder';
import { collectImages, withImages, withoutPublishingImages } from '@/lib/content/images';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAYAAACddGYaAAAAEElEQVR4nGP4z8DwH4YZAAj+Av7fzzZSAAAAAElFTkSuQmCC', 'base64');

const scratch = scratchContent();
const { contentWith } = scratch;

describe('images in content', () => {
  it('reads the size, publishes the file and rewrites the <img>', () => {
    const dir = contentWith('images', { 'nieuws/foto.png': '' });
    fs.writeFileSync(path.join(dir, 'nieuws/foto.png'), PNG);
    const publicDir = path.join(scratch.dir, 'public');
    const images = collectImages('Tekst ![Kinderen lezen samen](./foto.png)', 'nieuws', { contentDir: dir, publicDir });
    expect(images).toEqual([{ src: './foto.png', alt: 'Kinderen lezen samen', url: '/inhoud/nieuws/foto.png', width: 3, height: 2 }]);
    expect(fs.existsSync(path.join(publicDir, 'inhoud/nieuws/foto.png'))).toBe(true);
    expect(withImages('<p><img src="./foto.png" alt="Kinderen lezen samen"></p>', images)).toBe(
      '<p><img src="/inhoud/nieuws/foto.png" alt="Kinderen lezen samen" width="3" height="2" loading="lazy" decoding="async"></p>',
    );
  });

  it('measures but does not publish while the editor checks or previews a draft', () => {
    const dir = contentWith('preview', { 'nieuws/foto.png': '' });
    fs.writeFileSync(path.join(dir, 'nieuws/foto.png'), PNG);
    const publicDir = path.join(scratch.dir, 'public-preview');
    const images = withoutPublishingImages(() => collectImages('![Kinderen](./foto.png)', 'nieuws', { contentDir: dir, publicDir }));
    expect(images).toEqual([{ src: './foto.png', alt: 'Kinderen', url: '/inhoud/nieuws/foto.png', width: 3, height: 2 }]);
    expect(fs.existsSync(publicDir)).toBe(false);
  });

  it('reports a missing alt text and an unknown type', () => {
    const images = collectImages('![](./foto.png) ![Tekst](./doc.pdf)', 'nieuws', { contentDir: scratch.dir, publicDir: path.join(scratch.dir, 'public') });
    expect(images.map((i) => i.problem)).toEqual(['afbeelding zonder alt-tekst; het bestand staat niet naast de Markdown', 'onbekend soort afbeelding (.pdf)']);
  });
});

describe('safety of content HTML and images', () => {
  it('keeps images inside the content folder and survives ">" in alt text', () => {
    const outside = collectImages('![Kaart](./../../geheim.png)', 'nieuws', { contentDir: scratch.dir, publicDir: path.join(scratch.dir, 'public') });
    expect(outside[0].problem).toContain('in dezelfde map');
    const image = { src: './g.png', alt: 'Groei > 10%', url: '/inhoud/nieuws/g.png', width: 3, height: 2 };
    expect(withImages('<p><img src="./g.png" alt="Groei > 10%"></p>', [image])).toBe(
      '<p><img src="/inhoud/nieuws/g.png" alt="Groei > 10%" width="3" height="2" loading="lazy" decoding="async"></p>',
    );
  });
});
