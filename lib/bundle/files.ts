// Format, size and page count of the generated PDFs, read from the PDFs themselves.

export type FileFacts = { href: string; bytes: number; pages: number; format: 'PDF' };

/** Pages of a PDF as written by PDFKit: one "/Type /Page" object per page. */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
