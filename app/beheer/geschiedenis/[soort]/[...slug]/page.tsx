import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { StaffDocument } from '@/components/staff/StaffDocument';
import { TextDiff } from '@/components/staff/changes/TextDiff';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { contentDir, kindOf } from '@/lib/editor';
import { pathFor, pathProblems } from '@/lib/editor/check';
import { diffTexts } from '@/lib/editor/diff';
import { openRepository } from '@/lib/editor/repository';
import { formatLongDateTime } from '@/lib/dates';
import { requireStaff } from '@/lib/staff';
import { urls } from '@/lib/urls';

/**
 * Every published version of a document: who, when and the change note, newest first; with
 * `versie`, what that version changed against the one before, and a way to put it back (a new
 * change, through the same review).
 */
export default async function HistoryPage({ params, searchParams }: PageProps<'/beheer/geschiedenis/[soort]/[...slug]'>) {
  await connection();
  const session = await requireStaff();
  const { soort, slug } = await params;
  const kind = kindOf(soort);
  const name = slug.map(decodeURIComponent).join('/');
  if (!kind) notFound();
  const rel = pathFor(kind, name);
  if (pathProblems(rel).length) notFound();
  const repo = await openRepository(contentDir());
  const history = await repo.log(rel);
  const query = await searchParams;
  const chosen = typeof query.versie === 'string' && history.available ? history.versions.findIndex((v) => v.commit === query.versie) : -1;
  const version = chosen >= 0 && history.available ? history.versions[chosen] : undefined;
  const [text, before] =
    version && history.available
      ? await Promise.all([
          repo.show(version.commit, rel),
          history.versions[chosen + 1] ? repo.show(history.versions[chosen + 1].commit, rel) : Promise.resolve(''),
        ])
      : [null, null];
  const title = `Geschiedenis van ${rel}`;
  return (
    <StaffDocument session={session} current="content">
      <div className="container-page mt-8 space-y-8">
        <p>
          <a href={urls.staffDocument(kind.folder, name)}>Terug naar het document</a>
        </p>
        <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
        {!history.available ? (
          <Notice as="p">{history.reason}</Notice>
        ) : history.versions.length === 0 ? (
          <p>Dit document heeft nog geen gepubliceerde versie.</p>
        ) : (
          <ol className="space-y-3">
            {history.versions.map((v, i) => (
              <li key={v.commit} className={`rounded-md border p-4 ${v === version ? 'border-2 border-brand-700' : 'border-brand-100'}`}>
                <p className="font-semibold">
                  {formatLongDateTime(new Date(v.date))} · {v.author.name}
                  {i === 0 ? ' · huidige versie' : ''}
                </p>
                <p className="whitespace-pre-wrap">{v.message}</p>
                <p className="mt-1">
                  <a href={urls.staffHistory(kind.folder, name, v.commit)} aria-current={v === version ? 'true' : undefined}>
                    Bekijk wat deze versie veranderde
                  </a>
                </p>
              </li>
            ))}
          </ol>
        )}
        {version && text !== null && (
          <section aria-labelledby="versie-titel" className="space-y-4">
            <h2 id="versie-titel" className="text-2xl font-bold">
              Versie van {formatLongDateTime(new Date(version.date))}
            </h2>
            <TextDiff diff={diffTexts(before ?? '', text)} caption="Wat deze versie veranderde" />
            {chosen > 0 && (
              <form method="post" action={urls.staffSave()} className="space-y-2">
                <input type="hidden" name="csrf" value={session.csrf} />
                <input type="hidden" name="_soort" value={kind.folder} />
                <input type="hidden" name="_pad" value={rel} />
                <input type="hidden" name="_versie" value={version.commit} />
                <input type="hidden" name="_actie" value="herstellen" />
                <p>Terugzetten maakt een nieuwe wijziging met de tekst van deze versie; die gaat door dezelfde controle voordat ze live staat.</p>
                <Button>Deze versie terugzetten</Button>
              </form>
            )}
          </section>
        )}
      </div>
    </StaffDocument>
  );
}
