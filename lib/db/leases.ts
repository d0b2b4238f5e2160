// Work that several servers on one database share, done by one of them per period. One statement
// decides: PostgreSQL locks the row for the first server's update, and the second then sees the
// new run_at and updates nothing.
import type { Database } from './index';

/** True when this caller may run `name` now: no run in the last `periodMs`. */
export async function takeLease(db: Database, name: string, periodMs: number, now = new Date()): Promise<boolean> {
  const rows = await db.query(
    `insert into job_leases (name, run_at) values ($1, $2::timestamptz)
     on conflict (name) do update set run_at = excluded.run_at
     where job_leases.run_at <= excluded.run_at - $3::bigint * interval '1 millisecond'
     returning name`,
    [name, now.toISOString(), Math.floor(periodMs)],
  );
  return rows.length === 1;
}
