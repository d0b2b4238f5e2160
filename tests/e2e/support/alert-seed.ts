// Puts e-mail alerts in a PGlite data folder before its server starts, for alerts-staff.spec.ts:
// three selections, two addresses (one with a confirmed and an unconfirmed subscription), and
// some mails. Run in a process of its own (node scripts/run-ts.mjs …), like stored-references.ts.
import path from 'node:path';
import { selectionItems } from '../../../lib/alerts';
import { bundledRelease } from '../../../lib/content';
import { openDatabase } from '../../../lib/db';
import { addAddress, addDelivery, addPending, addSelection, addSubscription } from '../../support/alert-rows';

const db = await openDatabase({ dir: path.join(process.argv[2], 'pglite') });
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
// What each selection holds now, as the sign-up records it: the server's alert job then finds nothing new.
const items = (address: string) => ({ items: selectionItems(bundledRelease.at(new Date()), address, new Date()).map((i) => i.url) });
const news = await addSelection(db, '/actueel/nieuws', 'Nieuws', items('/actueel/nieuws'));
const poverty = await addSelection(db, '/themas/armoede', 'Thema: Armoede', items('/themas/armoede'));
await addSelection(db, '/actueel/podcast', 'Podcast', items('/actueel/podcast'));
const juf = await addAddress(db, 'juf@example.org', { created: hoursAgo(72), confirmSent: hoursAgo(72) });
const meester = await addAddress(db, 'meester@example.org', { created: hoursAgo(48), confirmSent: hoursAgo(48) });
const jufNews = await addSubscription(db, juf, news, { frequency: 'dagelijks', created: hoursAgo(72), confirmed: hoursAgo(71) });
await addSubscription(db, juf, poverty, { frequency: 'wekelijks', created: hoursAgo(2), confirmed: null });
const meesterNews = await addSubscription(db, meester, news, { frequency: 'direct', created: hoursAgo(48), confirmed: hoursAgo(47) });
const sent = await addDelivery(db, juf, { subscriptionId: jufNews, sent: hoursAgo(24) });
await addPending(db, jufNews, '/actueel/nieuws/2026/11/23/voorbeeld', { deliveryId: sent });
await addDelivery(db, meester, { subscriptionId: meesterNews, sent: hoursAgo(30) });
await addDelivery(db, juf, { kind: 'bevestiging', sent: hoursAgo(72) });
await db.close();
