import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { StaffDocument } from '@/components/staff/StaffDocument';
import { Pagination } from '@/components/content/Pagination';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/TextField';
import { currentRelease } from '@/lib/content';
import { listChanges } from '@/lib/editor/changes';
import { documentRows, kindOf } from '@/lib/editor';
import { database } from '@/lib/db';
import { matching } from '@/lib/http/query';
import { requireStaff } from '@/lib/staff';
import { urls } from '@/lib/urls';

const PAGE = 50;
const STATE = { gepubliceerd: 'Op de site', concept: 'Concept (niet op de site)', gepland: 'Gepland' } as const;

/** The documents of one kind: find one by its title or address, open it, or start a new one. */
export default async function KindPage({ params, searchParams }: PageProps<'/beheer/inhoud/[soort]'>) {
  await connection();
  const session = await requireStaff();
  const kind = kindOf((await params).soort);
  if (!kind) notFound();
  const query = await searchParams;
  const text = (matching(query, 'q', /^.{1,200}$/s) ?? '').trim();
  const page = Number(matching(query, 'pagina', /^\d{1,5}$/) ?? 1) || 1;
  const all = documentRows(currentRelease(), kind, new Date());
  const needle = text.toLocaleLowerCase('nl');
  const rows = needle ? all.filter((r) => r.title.toLocaleLowerCase('nl').includes(needle) || r.slug.includes(needle)) : all;
  const open = await listChanges(await database(), { status: ['concept', 'ter_controle'] });
  const openFor = new Map(open.flatMap((c) => c.files.map((f) => [f.path, c] as const)));
  const pageCount = Math.max(1, Math.ceil(rows.length / PAGE));
  const shown = rows.slice((page - 1) * PAGE, page * PAGE);
  return (
    <StaffDocument session={session} current="content">
      <div className="container-page mt-8 space-y-6">
        <p>
          <a href={urls.staffContent()}>Inhoud</a>
        </p>
        <div className="flex flex-wrap items-center justify-between gap-4">
          <h1 className="text-3xl font-bold text-brand-900">{kind.label.many}</h1>
          <a
            className="inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800"
            href={urls.staffContentNew(kind.folder)}
          >
            Nieuw: {kind.label.one.toLowerCase()}
          </a>
        </div>
        <form method="get" action={urls.staffContentKind(kind.folder)} className="flex flex-wrap items-end gap-4">
          <TextField id="q" name="q" type="search" label="Zoek op titel of adres" defaultValue={text} maxLength={200} />
          <Button>Zoeken</Button>
        </form>
        <p role="status" className="font-semibold">
          {rows.length === 1 ? '1 document' : `${rows.length} documenten`}
          {text ? ` met "${text}"` : ''}
        </p>
        {shown.length > 0 && (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{kind.label.many}</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="p-2">
                    Titel
                  </th>
                  <th scope="col" className="p-2">
                    Staat
                  </th>
                  <th scope="col" className="p-2">
                    Open wijziging
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => {
                  const change = openFor.get(r.path);
                  return (
                    <tr key={r.path} className="border-b border-brand-100">
                      <td className="p-2">
                        <a href={urls.staffDocument(kind.folder, r.slug)}>{r.title}</a>
                        <span className="block font-mono text-sm break-all text-muted">{r.path}</span>
                      </td>
                      <td className="p-2">
                        {STATE[r.state]}
                        {r.state === 'gepland' && r.publishDate ? ` (vanaf ${r.publishDate})` : ''}
                      </td>
                      <td className="p-2">{change ? <a href={urls.staffChange(change.id)}>Wijziging {change.id}</a> : '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <Pagination
          page={Math.min(page, pageCount)}
          pageCount={pageCount}
          hrefFor={(p) => urls.staffContentKind(kind.folder, { q: text || undefined, pagina: p > 1 ? String(p) : undefined })}
          locale="nl"
        />
      </div>
    </StaffDocument>
  );
}
