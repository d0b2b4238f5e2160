// The files a publication offers for download (`files:` in its front matter), with format and size
// read from the files themselves, so they can never be out of date. Two places:
// - `./rapport.pdf`: a PDF next to the Markdown, as the web editor stores an upload. The content
//   build copies it to public/inhoud/ like an image, and it travels with the release to every server.
// - `/downloads/rapport.pdf`: a file under public/ in the code checkout (the older way), served by
//   the build of the code, not by a release.
import fs from 'node:fs';
import path from 'node:path';
import { besideDocument, publishContentFile } from './images';

export type Download = { title: string; href: string; format: string; bytes: number | null; problem?: string };

/** Next to the Markdown only PDFs: the one document type the editor accepts and the server knows how to serve. */
const BESIDE_TYPES = ['.pdf'];

/** Reads (and for a file next to the Markdown, publishes) one attachment. Problems are reported, never thrown. */
export function collectDownload(
  { title, file }: { title: string; file: string },
  sourceFileDir: string,
  { contentDir, publicDir }: { contentDir: string; publicDir: string },
): Download {
  const format = path.extname(file).slice(1).toUpperCase();
  if (!file.startsWith('./')) {
    const onDisk = path.join(publicDir, file);
    // Only under public/: `/../../etc/passwd` names no download of this site.
    if (!path.resolve(onDisk).startsWith(path.resolve(publicDir) + path.sep))
      return { title, href: file, format, bytes: null, problem: 'het bestand moet onder public/ staan (een pad als /downloads/rapport.pdf)' };
    const bytes = fs.existsSync(onDisk) ? fs.statSync(onDisk).size : null;
    return { title, href: file, format, bytes, ...(bytes === null ? { problem: 'het bestand bestaat niet onder public/' } : {}) };
  }
  const beside = besideDocument(file, sourceFileDir, contentDir);
  const download: Download = { title, href: beside?.url ?? file, format, bytes: null };
  if (!beside) return { ...download, problem: 'het bestand moet in dezelfde map staan als de Markdown (of in een map daaronder)' };
  if (!BESIDE_TYPES.includes(path.extname(file).toLowerCase())) return { ...download, problem: `naast de Markdown kan alleen een PDF-bestand staan (niet ${format || 'een bestand zonder extensie'})` };
  if (!fs.existsSync(beside.file)) return { ...download, problem: 'het bestand staat niet naast de Markdown' };
  const handle = fs.openSync(beside.file, 'r');
  const head = Buffer.alloc(5);
  try {
    fs.readSync(handle, head, 0, 5, 0);
  } finally {
    fs.closeSync(handle);
  }
  if (head.toString('latin1') !== '%PDF-') return { ...download, problem: 'dit is geen PDF-bestand' };
  publishContentFile(beside.file, beside.relative, publicDir);
  return { ...download, bytes: fs.statSync(beside.file).size };
}
