// The server's clock. GKA_CLOCK_START (an ISO time) sets it to that moment the first time the
// server asks for the time, once it is ready to serve, and lets it run from there: only for tests
// of what changes at a transition (an event passing, a publication day).
const start = process.env.GKA_CLOCK_START;
let offset: number | undefined = start ? undefined : 0;
if (start && Number.isNaN(new Date(start).getTime())) throw new Error(`GKA_CLOCK_START is geen tijd: "${start}"`);

export function now(): Date {
  if (offset === undefined) {
    offset = new Date(start!).getTime() - Date.now();
    console.warn(`▶ Let op: de klok van deze server staat op ${start} (GKA_CLOCK_START), alleen voor tests`);
  }
  return new Date(Date.now() + offset);
}
