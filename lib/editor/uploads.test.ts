import { createHash } from 'node:crypto';
import { imageSize } from 'image-size';
import { describe, expect, it } from 'vitest';
import { describeContent, inspectUpload, nameSlug, previewHeaders, type Upload, type UploadInput } from '@/lib/editor/uploads';
import { jpeg, pdf, png, webp } from '@/tests/support/upload-files';

const image = (bytes: Buffer, rest: Partial<UploadInput> = {}): UploadInput => ({
  bytes,
  originalName: 'Foto klas.jpg',
  alt: 'Kinderen lezen samen',
  purpose: 'afbeelding',
  ...rest,
});
const accepted = (input: UploadInput): Upload => {
  const result = inspectUpload(input);
  if (!result.ok) throw new Error(result.errors.join(' '));
  return result.upload;
};
const refused = (input: UploadInput): string[] => {
  const result = inspectUpload(input);
  if (result.ok) throw new Error(`aangenomen: ${result.upload.safeName}`);
  return result.errors;
};
const HTML = Buffer.from('<!DOCTYPE html><html><body><script>fetch("/beheer")</script></body></html>');

describe('images: the type from the bytes', () => {
  it('accepts JPEG, PNG and WebP whatever their name or declared type, with size, hash and a safe name', () => {
    const photo = accepted(image(jpeg(), { originalName: 'Échte FOTO (1).png', declaredType: 'text/html' }));
    expect(photo).toMatchObject({ kind: 'afbeelding', mime: 'image/jpeg', ext: 'jpg', width: 640, height: 480, alt: 'Kinderen lezen samen', warnings: [] });
    expect(photo.sha256).toBe(createHash('sha256').update(photo.bytes).digest('hex'));
    expect(photo.safeName).toBe(`echte-foto-1-${photo.sha256.slice(0, 8)}.jpg`);
    expect(accepted(image(png(), { originalName: 'x.jpg' }))).toMatchObject({ mime: 'image/png', ext: 'png', width: 320, height: 200 });
    expect(accepted(image(webp(), { originalName: 'x.gif' }))).toMatchObject({ mime: 'image/webp', ext: 'webp', width: 400, height: 300 });
  });

  it('refuses an HTML file named .png, SVG, a script and a PDF, saying what each is', () => {
    expect(refused(image(HTML, { originalName: 'foto.png', declaredType: 'image/png' }))).toEqual([
      'Dit bestand is geen JPEG-, PNG- of WebP-afbeelding (het is een HTML-pagina).',
    ]);
    const svg = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    expect(refused(image(svg, { originalName: 'logo.svg' }))[0]).toContain('(het is een SVG-afbeelding, die script kan bevatten)');
    expect(refused(image(Buffer.from('#!/bin/sh\nrm -rf /\n'), { originalName: 'a.jpg' }))[0]).toContain('(het is een script)');
    expect(refused(image(Buffer.from('%PDF-1.7\n'), { originalName: 'a.jpg' }))[0]).toContain('(het is een PDF-bestand)');
    expect(refused(image(Buffer.alloc(0)))).toEqual(['Het bestand is leeg.']);
  });

  it('names other files for what they are', () => {
    expect(describeContent(Buffer.from('GIF89a'))).toBe('een GIF-afbeelding');
    expect(describeContent(Buffer.from('\0\0\0\x18ftypheic'))).toContain('HEIC');
    expect(describeContent(Buffer.from('PK\x03\x04rest'))).toContain('ZIP-bestand');
    expect(describeContent(Buffer.from('MZ\x90\0'))).toBe('een programma');
    expect(describeContent(Buffer.from('naam;school\nJan;De Klim'))).toBe('een tekstbestand');
    expect(describeContent(Buffer.from([0, 1, 2, 3, 250, 0]))).toBe('een onbekend soort bestand');
  });

  it('refuses a truncated or corrupt image', () => {
    expect(refused(image(jpeg({ end: false })))[0]).toMatch(/^De afbeelding is beschadigd of onvolledig \(het einde van de afbeelding ontbreekt\)/);
    expect(refused(image(jpeg().subarray(0, 30)))[0]).toMatch(/^De afbeelding is beschadigd of onvolledig/);
    const full = png();
    expect(refused(image(full.subarray(0, full.length - 20)))[0]).toMatch(/^De afbeelding is beschadigd of onvolledig/);
    const flipped = Buffer.from(full);
    flipped[60] ^= 0xff;
    expect(refused(image(flipped))[0]).toMatch(/het blok \w+ klopt niet/);
    const short = webp();
    expect(refused(image(short.subarray(0, short.length - 10)))[0]).toContain('korter dan de kop zegt');
  });

  it('enforces size and dimension limits', () => {
    expect(refused(image(png({ width: 8001, height: 120 })))).toEqual([
      'De afbeelding is 8001 × 120 pixels; hoogstens 8000 × 8000. Maak haar kleiner (bijvoorbeeld 2000 pixels breed).',
    ]);
    expect(refused(image(jpeg({ width: 40, height: 30 })))).toEqual(['De afbeelding is 40 × 30 pixels; ten minste 100 × 100, anders is ze niet te zien.']);
    const big = jpeg({ after: Buffer.alloc(11 * 2 ** 20, 1) });
    expect(refused(image(big))).toEqual(['De afbeelding is 11,0 MB; hoogstens 10,0 MB. Maak haar kleiner (bijvoorbeeld 2000 pixels breed).']);
  });

  it('requires a real alt text, and reports every problem at once', () => {
    expect(refused(image(png(), { alt: '  ' }))).toEqual(['Schrijf een alt-tekst: wat er op de afbeelding te zien is, voor wie de afbeelding niet ziet.']);
    expect(refused(image(png(), { alt: 'Foto klas.jpg' }))).toEqual(['De alt-tekst is de bestandsnaam. Beschrijf wat er op de afbeelding te zien is.']);
    expect(refused(image(png(), { alt: 'foto klas' }))).toHaveLength(1);
    expect(refused(image(png(), { alt: 'Foto' }))[0]).toContain('zegt niet wat er te zien is');
    expect(refused(image(png(), { alt: 'a'.repeat(251) }))[0]).toMatch(/^De alt-tekst is 251 tekens; hoogstens 250/);
    expect(accepted(image(png(), { alt: 'a'.repeat(250) })).alt).toHaveLength(250);
    expect(refused(image(png({ width: 50, height: 50 }), { alt: undefined }))).toHaveLength(2);
  });
});

describe('images: metadata removed', () => {
  it('JPEG: EXIF with GPS, XMP and comments go, the colour profile stays, the orientation survives, an appended file goes', () => {
    const original = jpeg({ orientation: 6, after: Buffer.from('PK\x03\x04geheim.zip') });
    const photo = accepted(image(original));
    const text = photo.bytes.toString('latin1');
    expect(text).not.toContain('Jan');
    expect(text).not.toContain('PK\x03\x04');
    expect(text).toContain('ICC_PROFILE');
    expect(text).toContain('JFIF');
    expect(imageSize(photo.bytes)).toMatchObject({ width: 640, height: 480, orientation: 6 });
    expect(photo.bytes.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
    expect(photo.notes).toEqual([
      'Uit de afbeelding verwijderd, omdat het niet openbaar hoort: EXIF (camera, tijdstip en soms de GPS-locatie), XMP, commentaar, gegevens na het einde van de afbeelding.',
    ]);
    // The scan is kept byte for byte, stuffed bytes and restart markers included.
    expect(photo.bytes.includes(Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xd9]))).toBe(true);
    // Upright already: no EXIF at all.
    expect(accepted(image(jpeg({ orientation: 1 }))).bytes.includes(Buffer.from('Exif'))).toBe(false);
  });

  it('PNG and WebP: text and EXIF go, the image stays valid', () => {
    const p = accepted(image(png()));
    expect(p.bytes.toString('latin1')).not.toContain('Jan Jansen');
    expect(p.notes[0]).toContain('tekstvelden');
    expect(accepted(image(p.bytes)).bytes.equals(p.bytes)).toBe(true);
    expect(accepted(image(png({ text: '' }))).notes).toEqual([]);
    const w = accepted(image(webp()));
    expect(w.bytes.includes(Buffer.from('EXIF'))).toBe(false);
    expect(w.bytes[20] & 0x08).toBe(0);
    expect(w.bytes.readUInt32LE(4)).toBe(w.bytes.length - 8);
    expect(imageSize(w.bytes)).toMatchObject({ width: 400, height: 300 });
  });

  it('the safe name comes from the stored bytes and never holds user text beyond an ASCII slug', () => {
    expect(nameSlug('../../etc/passwd', 'afbeelding')).toBe('passwd');
    expect(nameSlug('C:\\Users\\jan\\Zoë’s "plaatje"<script>.JPG', 'afbeelding')).toBe('zoe-s-plaatje-script');
    expect(nameSlug('....', 'document')).toBe('document');
    expect(nameSlug('CON', 'afbeelding')).toBe('con');
    expect(nameSlug(`${'lang-'.repeat(20)}.png`, 'afbeelding')).toBe('lang-lang-lang-lang-lang-lang-lang-lang');
    const photo = accepted(image(png(), { originalName: '\0../.png' }));
    expect(photo.safeName).toMatch(/^afbeelding-[0-9a-f]{8}\.png$/);
  });
});

describe('documents', () => {
  const document = (bytes: Buffer, rest: Partial<UploadInput> = {}): UploadInput => ({
    bytes,
    originalName: 'Rapport 2022.pdf',
    title: 'Voortgangsrapportage 2022',
    purpose: 'document',
    ...rest,
  });

  it('accepts a tagged PDF with a title without warnings', async () => {
    const upload = accepted(document(await pdf({ tagged: true })));
    expect(upload).toMatchObject({ kind: 'document', mime: 'application/pdf', ext: 'pdf', title: 'Voortgangsrapportage 2022', warnings: [] });
    expect(upload.safeName).toMatch(/^rapport-2022-[0-9a-f]{8}\.pdf$/);
  });

  it('accepts an untagged PDF without a title, with warnings the editor must acknowledge', async () => {
    const upload = accepted(document(await pdf({ tagged: false })));
    expect(upload.warnings).toHaveLength(2);
    expect(upload.warnings.every((w) => w.startsWith('Dit PDF-bestand is niet toegankelijk: '))).toBe(true);
  });

  it('refuses a PDF that is not a PDF', () => {
    expect(refused(document(HTML, { originalName: 'x.pdf', declaredType: 'application/pdf' }))).toEqual([
      'Dit bestand is geen PDF-bestand (het is een HTML-pagina).',
    ]);
    expect(refused(document(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4000, 0x41), Buffer.from('\n%%EOF\n')])))).toEqual([
      'Dit PDF-bestand is beschadigd of onvolledig: er staat geen document in (geen catalogus).',
    ]);
    expect(refused(document(png(), { originalName: 'x.pdf' }))).toEqual(['Dit bestand is geen PDF-bestand (het is een PNG-afbeelding).']);
  });

  it('requires a title and keeps to 25 MB', async () => {
    const good = await pdf({ tagged: true });
    expect(refused(document(good, { title: ' ' }))).toEqual(['Schrijf een titel voor het document: die staat in de link op de site.']);
    const padded = Buffer.concat([good, Buffer.alloc(26 * 2 ** 20, 0x20), Buffer.from('%%EOF\n')]);
    expect(refused(document(padded))[0]).toMatch(/^Het PDF-bestand is 26,0 MB; hoogstens 25,0 MB/);
  });
});

describe('previewHeaders', () => {
  it('serves the detected type, never sniffed, never cached; a PDF sandboxed', async () => {
    const photo = accepted(image(png()));
    expect(previewHeaders(photo)).toEqual({
      'Content-Type': 'image/png',
      'Content-Length': String(photo.bytes.length),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      'Content-Disposition': `inline; filename="${photo.safeName}"`,
      'Content-Security-Policy': "default-src 'none'; frame-ancestors 'self'",
    });
    const doc = accepted({ bytes: await pdf({ tagged: true }), originalName: 'r.pdf', title: 'R', purpose: 'document' });
    expect(previewHeaders(doc)['Content-Type']).toBe('application/pdf');
    expect(previewHeaders(doc)['Content-Security-Policy']).toMatch(/^sandbox;/);
  });
});
