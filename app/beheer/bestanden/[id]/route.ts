import { database } from '@/lib/db';
import { getUpload } from '@/lib/editor/upload-store';
import { previewHeaders } from '@/lib/editor/uploads';
import { seeOther } from '@/lib/http/form-body';
import { currentStaff, staffProblem } from '@/lib/staff';
import { urls } from '@/lib/urls';

export const dynamic = 'force-dynamic';

/** An upload before publication, for staff only (the preview shows images from here). */
export async function GET(_request: Request, { params }: RouteContext<'/beheer/bestanden/[id]'>) {
  if (!(await currentStaff())) return seeOther(urls.staffLogin('inloggen'));
  const upload = await getUpload(await database(), (await params).id);
  if (!upload) return staffProblem(404, 'Bestand niet gevonden', 'Dit bestand bestaat niet (meer).', urls.staffChanges());
  return new Response(new Uint8Array(upload.data), { headers: previewHeaders({ mime: upload.mime, safeName: upload.safeName, bytes: upload.data }) });
}
