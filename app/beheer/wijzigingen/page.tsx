import { connection } from 'next/server';
import { StaffDocument } from '@/components/staff/StaffDocument';
import { ChangeList } from '@/components/staff/changes/ChangeList';
import { CHANGE_STATUSES, listChanges, STATUS_LABELS, type ChangeStatus } from '@/lib/editor/changes';
import { database } from '@/lib/db';
import { requireStaff } from '@/lib/staff';
import { urls } from '@/lib/urls';

/** Every change by state; `van=mij` only one's own. */
export default async function ChangesPage({ searchParams }: PageProps<'/beheer/wijzigingen'>) {
  await connection();
  const session = await requireStaff();
  const query = await searchParams;
  const status = CHANGE_STATUSES.find((s) => s === query.status) as ChangeStatus | undefined;
  const mine = query.van === 'mij';
  const changes = await listChanges(await database(), { status: status ?? ['concept', 'ter_controle'], author: mine ? session.email : undefined });
  const title = `${mine ? 'Mijn wijzigingen' : 'Wijzigingen'}: ${status ? STATUS_LABELS[status].toLowerCase() : 'open'}`;
  return (
    <StaffDocument session={session} current="content">
      <div className="container-page mt-8 space-y-6">
        <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
        <nav aria-label="Wijzigingen per status">
          <ul className="flex flex-wrap gap-4">
            <li>
              <a href={urls.staffChanges(mine ? { van: 'mij' } : {})} aria-current={!status ? 'page' : undefined}>
                Open
              </a>
            </li>
            {CHANGE_STATUSES.map((s) => (
              <li key={s}>
                <a href={urls.staffChanges({ status: s, van: mine ? 'mij' : undefined })} aria-current={status === s ? 'page' : undefined}>
                  {STATUS_LABELS[s]}
                </a>
              </li>
            ))}
            <li>
              <a href={urls.staffChanges({ status, van: mine ? undefined : 'mij' })}>{mine ? 'Van iedereen' : 'Alleen de mijne'}</a>
            </li>
          </ul>
        </nav>
        <ChangeList changes={changes} caption={title} empty="Geen wijzigingen." />
      </div>
    </StaffDocument>
  );
}
