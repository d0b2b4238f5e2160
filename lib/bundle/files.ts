// Format, size and page count of the generated PDFs, read from the files themselves.
import fs from 'node:fs';
import path from 'node:path';

export type FileFacts = { href: string; bytes: number; pages: number; format: 'PDF' };

/** Pages of a PDF as written by PDFKit: one "/Type /Page" object per page. */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

export function fileFacts(href: string, publicDir = path.join(process.cwd(), 'public')): FileFacts | undefined {
  // The PDFs are read while pages are prerendered; the server never needs them traced into its bundle.
  const file = path.join(/*turbopackIgnore: true*/ publicDir, href);
  if (!fs.existsSync(file)) return undefined;
  const pdf = fs.readFileSync(file);
  return { href, bytes: pdf.length, pages: countPdfPages(pdf), format: 'PDF' };
}
