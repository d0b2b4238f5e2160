import { RefusedPage } from '@/components/staff/Refused';

/** 403 for a role that may not see an address's data (requireRole in the page, with a lookup in its address). */
export default function Forbidden() {
  return <RefusedPage action="accounts" />;
}
