// Prints the references of the stored questions in a PGlite data folder, as JSON. Run in a process
// of its own (node scripts/run-ts.mjs …): opening a folder after a crash inside the Playwright
// worker did not return.
import path from 'node:path';
import { openDatabase } from '../../../lib/db';

const db = await openDatabase({ dir: path.join(process.argv[2], 'pglite') });
const rows = await db.query<{ reference: string }>("select reference from submissions where form = 'vraag'");
await db.close();
console.log(JSON.stringify(rows.map((r) => r.reference)));
