import { connection } from 'next/server';
import { translator } from '@/i18n/translate';
import { AddressRequest, type AddressView } from '@/components/staff/alerts/AddressRequest';
import { AlertCounts } from '@/components/staff/alerts/AlertCounts';
import { StaffDocument } from '@/components/staff/StaffDocument';
import { Notice } from '@/components/ui/Notice';
import { earlierRequests, findAddressById, keptLookup, selectionCounts } from '@/lib/alerts/staff';
import { database, type Database } from '@/lib/db';
import { secretFor } from '@/lib/secret';
import { requireRole, requireStaff } from '@/lib/staff';
import { readNotice } from '@/lib/staff/notice';
import { can } from '@/lib/staff/roles';
import { urls } from '@/lib/urls';

/**
 * The e-mail alerts in /beheer: how many follow each selection and how sending goes, for every
 * account; a beheerder also looks up and deletes one address's data (an AVG request). A lookup
 * is in the address only as the random id of what its POST kept (`adres`), and only a beheerder
 * opens one: another role gets the 403 of the beheerder pages, written to the audit log.
 */
export default async function StaffAlertsPage({ searchParams }: PageProps<'/beheer/meldingen'>) {
  await connection();
  const query = await searchParams;
  const lookupId = typeof query.adres === 'string' ? query.adres : undefined;
  const session = lookupId === undefined ? await requireStaff() : await requireRole('accounts', urls.staffAlerts());
  const t = translator('nl');
  const db = await database();
  const now = new Date();
  const counts = await selectionCounts(db, now);
  const notice = readNotice(secretFor('beheer-meldingen'), query);
  return (
    <StaffDocument session={session} current="alerts">
      <div className="container-page mt-8 space-y-10">
        <div className="max-w-3xl space-y-4">
          <h1 className="text-3xl font-bold text-brand-900">{t('staffAlerts.title')}</h1>
          <p>{t('staffAlerts.lead')}</p>
          {notice && (
            <Notice as="p" role="status" tone="info" className="font-semibold">
              {notice}
            </Notice>
          )}
        </div>
        <AlertCounts counts={counts} />
        {can(session.role, 'accounts') && (
          <AddressRequest csrf={session.csrf} view={await addressView(db, lookupId, session.email, query.verwijderen === 'ja', now)} />
        )}
      </div>
    </StaffDocument>
  );
}

async function addressView(db: Database, lookupId: string | undefined, actor: string, confirm: boolean, now: Date): Promise<AddressView> {
  if (lookupId === undefined) return { state: 'leeg' };
  const lookup = await keptLookup(db, lookupId, actor, now);
  if (!lookup) return { state: 'verlopen' };
  if ('problem' in lookup) return { state: 'fout', typed: lookup.typed };
  const earlier = await earlierRequests(db, lookup.target);
  // Deleted since the lookup (by this page or the retention clean-up): nothing is stored any more.
  const data = lookup.addressId ? await findAddressById(db, lookup.addressId) : undefined;
  return data ? { state: 'gevonden', data, earlier, lookupId, confirm } : { state: 'niets', earlier };
}
