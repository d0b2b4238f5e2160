import { translator } from '@/i18n/translate';
import { StaffDocument } from '@/components/staff/StaffDocument';
import { Notice } from '@/components/ui/Notice';
import { currentStaff } from '@/lib/staff';
import { refusalMessage } from '@/lib/staff/guard';
import type { Action } from '@/lib/staff/roles';
import { urls } from '@/lib/urls';

/**
 * The 403 page of a /beheer page this role may not see (a segment's forbidden.tsx renders it for
 * the action its page needs; requireRole has logged the refusal). Without a session requireRole
 * has sent the browser to the login page already, so here there is one.
 */
export async function RefusedPage({ action }: { action: Action }) {
  const t = translator('nl');
  const session = await currentStaff();
  return (
    <StaffDocument session={session}>
      <div className="container-page mt-8 max-w-3xl space-y-6">
        <h1 className="text-3xl font-bold text-brand-900">{t('staff.refused.title')}</h1>
        <Notice as="p" tone="problem">
          {refusalMessage('rol', action, session)}
        </Notice>
        <p>
          <a href={urls.staff()}>{t('staff.refused.back')}</a>
        </p>
      </div>
    </StaffDocument>
  );
}
