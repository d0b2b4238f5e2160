// Small files for the upload tests, made in code: no binary fixtures in git. The images are
// structurally what a camera or an editor writes (segments, chunks, sizes), which is all the upload
// check reads; the PDFs come from PDFKit, the library the site makes its own PDFs with.
import { crc32, deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';

const u16be = (n: number) => Buffer.from([n >> 8, n & 0xff]);
const u32be = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const u32le = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};

const jpegSegment = (marker: number, body: Buffer) => Buffer.concat([Buffer.from([0xff, marker]), u16be(body.length + 2), body]);

/** EXIF (little-endian TIFF) with the orientation and a GPS IFD pointer, as a phone writes it. */
function exif(orientation: number): Buffer {
  const tiff = Buffer.alloc(8 + 2 + 2 * 12 + 4 + 2 + 12 + 4);
  tiff.write('II*\0', 0, 'latin1');
  tiff.writeUInt32LE(8, 4);
  tiff.writeUInt16LE(2, 8);
  // Orientation, SHORT.
  tiff.writeUInt16LE(0x0112, 10);
  tiff.writeUInt16LE(3, 12);
  tiff.writeUInt32LE(1, 14);
  tiff.writeUInt16LE(orientation, 18);
  // GPSInfo, LONG offset to the GPS IFD.
  tiff.writeUInt16LE(0x8825, 22);
  tiff.writeUInt16LE(4, 24);
  tiff.writeUInt32LE(1, 26);
  tiff.writeUInt32LE(38, 30);
  // The GPS IFD: latitude ref "N".
  tiff.writeUInt16LE(1, 38);
  tiff.writeUInt16LE(0x0001, 40);
  tiff.writeUInt16LE(2, 42);
  tiff.writeUInt32LE(2, 44);
  tiff.write('N\0', 48, 'latin1');
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

/** A baseline JPEG's structure: JFIF, EXIF with GPS, XMP, a comment, the frame and a scan; `after` follows the end. */
export function jpeg({ width = 640, height = 480, orientation = 1, after = Buffer.alloc(0), end = true } = {}): Buffer {
  const sof = Buffer.concat([Buffer.from([8]), u16be(height), u16be(width), Buffer.from([1, 1, 0x11, 0])]);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    jpegSegment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
    jpegSegment(0xe1, exif(orientation)),
    jpegSegment(0xe1, Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>Jan Jansen</x:xmpmeta>', 'latin1')),
    jpegSegment(0xe2, Buffer.from('ICC_PROFILE\0\x01\x01profiel', 'latin1')),
    jpegSegment(0xfe, Buffer.from('Gemaakt door Jan', 'latin1')),
    jpegSegment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])),
    jpegSegment(0xc0, sof),
    jpegSegment(0xda, Buffer.from([1, 1, 0, 0, 63, 0])),
    // Entropy-coded data with a stuffed FF 00 and a restart marker, as an encoder writes them.
    Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56]),
    end ? Buffer.from([0xff, 0xd9]) : Buffer.alloc(0),
    after,
  ]);
}

const pngChunk = (type: string, data: Buffer) => {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  return Buffer.concat([u32be(data.length), typed, u32be(crc32(typed))]);
};

/** A real RGB PNG (grey pixels), with a text chunk naming its author. */
export function png({ width = 320, height = 200, text = 'Author\0Jan Jansen' } = {}): Buffer {
  const ihdr = Buffer.concat([u32be(width), u32be(height), Buffer.from([8, 2, 0, 0, 0])]);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x80)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    ...(text ? [pngChunk('tEXt', Buffer.from(text, 'latin1'))] : []),
    pngChunk('IDAT', pixels),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const riffChunk = (type: string, data: Buffer) =>
  Buffer.concat([Buffer.from(type, 'latin1'), u32le(data.length), data, data.length % 2 ? Buffer.from([0]) : Buffer.alloc(0)]);

/** An extended WebP: VP8X with the EXIF flag, a lossless image, an EXIF chunk. */
export function webp({ width = 400, height = 300 } = {}): Buffer {
  const canvas = Buffer.alloc(10);
  canvas[0] = 0x08;
  canvas.writeUIntLE(width - 1, 4, 3);
  canvas.writeUIntLE(height - 1, 7, 3);
  const vp8l = Buffer.alloc(5);
  vp8l[0] = 0x2f;
  vp8l.writeUInt32LE(((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14), 1);
  const body = Buffer.concat([Buffer.from('WEBP', 'latin1'), riffChunk('VP8X', canvas), riffChunk('VP8L', vp8l), riffChunk('EXIF', exif(1).subarray(6))]);
  return Buffer.concat([Buffer.from('RIFF', 'latin1'), u32le(body.length), body]);
}

/** A PDF made by PDFKit: tagged with a title (as the site's own bundle), or plain without one. */
export function pdf({ tagged }: { tagged: boolean }): Promise<Buffer> {
  const doc = tagged
    ? new PDFDocument({ tagged: true, displayTitle: true, lang: 'nl', pdfVersion: '1.7', info: { Title: 'Voortgangsrapportage 2022' } })
    : new PDFDocument({ info: {} });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text('Gelijke kansen in het onderwijs.');
  doc.end();
  return done;
}

/**
 * A PDF 1.5 whose catalog, mark info and structure tree sit in a compressed object stream, with
 * the trailer in an XRef stream and the title only in XMP: what Word and Acrobat write.
 */
export function pdfWithObjectStream(): Buffer {
  const inStream = [
    '<< /Type /Catalog /Pages 2 0 R /MarkInfo << /Marked true >> /StructTreeRoot 4 0 R /Metadata 6 0 R /Lang (nl-NL) /ViewerPreferences << /DisplayDocTitle true >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    '<< /Type /StructTreeRoot /K [] >>',
  ];
  let header = '';
  let body = '';
  inStream.forEach((text, i) => {
    header += `${i + 1} ${body.length} `;
    body += `${text}\n`;
  });
  const objects = deflateSync(Buffer.from(header + body, 'latin1'));
  const xmp = Buffer.from(
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">Kansen &amp; talent</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta>',
    'utf8',
  );
  const parts = [
    Buffer.from('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
    Buffer.from(`5 0 obj\n<< /Type /ObjStm /N 4 /First ${header.length} /Filter /FlateDecode /Length ${objects.length} >>\nstream\n`, 'latin1'),
    objects,
    Buffer.from('\nendstream\nendobj\n', 'latin1'),
    Buffer.from(`6 0 obj\n<< /Type /Metadata /Subtype /XML /Length ${xmp.length} >>\nstream\n`, 'latin1'),
    xmp,
    Buffer.from('\nendstream\nendobj\n', 'latin1'),
  ];
  const xrefAt = Buffer.concat(parts).length;
  parts.push(
    Buffer.from(`7 0 obj\n<< /Type /XRef /Size 8 /Root 1 0 R /W [1 2 1] /Length 0 >>\nstream\n\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1'),
  );
  return Buffer.concat(parts);
}
