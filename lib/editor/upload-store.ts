// Uploads wait in the database until their change is published (then they are written beside the
// Markdown file: lib/editor/publish.ts). Only what lib/editor/uploads.ts accepted is stored, under
// the name it generated.
import type { Database } from '../db';
import type { Upload } from './uploads';

export type StoredUpload = {
  id: string;
  safeName: string;
  mime: Upload['mime'];
  data: Buffer;
  width: number | null;
  height: number | null;
  alt: string | null;
  title: string | null;
  warnings: string[];
};

export async function saveUpload(db: Database, upload: Upload, by: string): Promise<string> {
  const rows = await db.query<{ id: string }>(
    `insert into content_uploads (sha256, safe_name, mime, data, width, height, alt, title, warnings, uploaded_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10) returning id::text as id`,
    [
      upload.sha256,
      upload.safeName,
      upload.mime,
      upload.bytes,
      upload.width ?? null,
      upload.height ?? null,
      upload.alt ?? null,
      upload.title ?? null,
      JSON.stringify(upload.warnings),
      by,
    ],
  );
  return rows[0].id;
}

export async function getUpload(db: Database, id: string): Promise<StoredUpload | undefined> {
  if (!/^\d{1,18}$/.test(id)) return undefined;
  const rows = await db.query<StoredUpload & { data: Uint8Array }>(
    `select id::text as id, safe_name as "safeName", mime, data, width, height, alt, title, warnings from content_uploads where id = $1::bigint`,
    [id],
  );
  return rows[0] ? { ...rows[0], data: Buffer.from(rows[0].data) } : undefined;
}
