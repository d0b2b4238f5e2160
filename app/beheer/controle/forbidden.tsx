import { RefusedPage } from '@/components/staff/Refused';

/** 403 for a role that may not review (requireRole in the page). */
export default function Forbidden() {
  return <RefusedPage action="publiceren" />;
}
