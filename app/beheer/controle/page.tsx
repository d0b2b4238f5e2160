import { connection } from 'next/server';
import { StaffDocument } from '@/components/staff/StaffDocument';
import { ChangeList } from '@/components/staff/changes/ChangeList';
import { listChanges, mayReview } from '@/lib/editor/changes';
import { database } from '@/lib/db';
import { requireRole } from '@/lib/staff';
import { urls } from '@/lib/urls';

/** What waits for review: first what this eindredacteur may review, then their own (someone else's turn). */
export default async function ReviewPage() {
  await connection();
  const session = await requireRole('publiceren', urls.staffReview());
  const waiting = await listChanges(await database(), { status: 'ter_controle' });
  const mine = waiting.filter((c) => mayReview(c, session));
  const others = waiting.filter((c) => !mayReview(c, session));
  return (
    <StaffDocument session={session} current="review">
      <div className="container-page mt-8 space-y-8">
        <h1 className="text-3xl font-bold text-brand-900">Ter controle</h1>
        <section aria-labelledby="aan-u" className="space-y-3">
          <h2 id="aan-u" className="text-2xl font-bold">
            Voor u om te controleren ({mine.length})
          </h2>
          <ChangeList changes={mine} caption="Voor u om te controleren" empty="Er wacht niets op u." />
        </section>
        <section aria-labelledby="anderen" className="space-y-3">
          <h2 id="anderen" className="text-2xl font-bold">
            Voor een andere eindredacteur ({others.length})
          </h2>
          <p>Wijzigingen waaraan u meeschreef{session.role === 'redacteur' ? ', en alles als redacteur' : ''}: iemand anders controleert ze.</p>
          <ChangeList changes={others} caption="Voor een andere eindredacteur" empty="Geen." />
        </section>
      </div>
    </StaffDocument>
  );
}
