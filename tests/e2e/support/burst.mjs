// Sends questions with the given tokens, 32 at a time, as a browser without JavaScript would, and
// appends the reference of every acknowledged one (303 to the confirmation) to a file.
// A separate process, so the server can be killed under it: node burst.mjs <base> <tokens.json> <acks.txt>
import fs from 'node:fs';

const [base, tokenFile, ackFile] = process.argv.slice(2);
const tokens = JSON.parse(fs.readFileSync(tokenFile, 'utf8'));
const acks = fs.openSync(ackFile, 'a');
let next = 0;
let failed = 0;
async function worker() {
  while (next < tokens.length) {
    const i = next++;
    try {
      const response = await fetch(`${base}/formulieren/verzenden`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ naam: 'Juf Test', email: 'juf@example.org', vraag: `vraag ${i}`, formulier: tokens[i], taal: 'nl' }),
      });
      const reference = response.status === 303 ? /kenmerk=(GKA-[0-9A-Z-]+)/.exec(response.headers.get('location') ?? '')?.[1] : undefined;
      if (reference) fs.writeSync(acks, `${reference}\n`);
      else failed++;
    } catch {
      failed++;
    }
  }
}
await Promise.all(Array.from({ length: 32 }, worker));
console.log(JSON.stringify({ failed }));
