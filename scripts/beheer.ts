// `npm run beheer -- <opdracht>`: staff accounts and clean-up, on the server's command line.
//   account toevoegen <e-mail>    new account, or a new password for an existing one
//   account verwijderen <e-mail>
//   accounts                      list the accounts
//   opruimen                      delete now what the retention periods say must go
// The password is asked for (not shown while typing), or read from standard input when piped.
// With PGlite (no DATABASE_URL) the server must not be running: one process per data folder.
import path from 'node:path';
import readline from 'node:readline';
import { dataDir, openDatabase } from '../lib/db';
import { createAccount, deleteAccount, listAccounts, passwordProblem } from '../lib/staff/accounts';
import { purgeExpired } from '../lib/forms/submissions';

const USAGE = `Gebruik:
  npm run beheer -- account toevoegen <e-mail>
  npm run beheer -- account verwijderen <e-mail>
  npm run beheer -- accounts
  npm run beheer -- opruimen`;

async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    return input.replace(/\r?\n$/, '');
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Echo nothing while the password is typed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
    if (s.includes(prompt)) process.stdout.write(prompt);
  };
  const answer = await new Promise<string>((resolve) => rl.question(prompt, resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

async function main(args: string[]) {
  const [command, sub, email] = args;
  const known = (command === 'account' && (sub === 'toevoegen' || sub === 'verwijderen') && email) || command === 'accounts' || command === 'opruimen';
  if (!known) {
    console.error(USAGE);
    return 2;
  }
  const db = await openDatabase(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dir: path.join(dataDir(), 'pglite') });
  try {
    if (command === 'accounts') {
      const accounts = await listAccounts(db);
      console.log(
        accounts.length
          ? accounts.map((a) => `${a.email}  (sinds ${new Date(a.createdAt).toISOString().slice(0, 10)})`).join('\n')
          : 'Er zijn nog geen accounts.',
      );
    } else if (command === 'opruimen') {
      const purged = await purgeExpired(db, new Date());
      console.log(`Verwijderd: ${purged.submissions} inzendingen, ${purged.attempts} teruggestuurde formulieren, ${purged.sessions} verlopen sessies.`);
    } else if (sub === 'verwijderen') {
      console.log((await deleteAccount(db, email)) ? `Account ${email} verwijderd.` : `Er is geen account ${email}.`);
    } else {
      const password = await readPassword(`Wachtwoord voor ${email} (minstens 12 tekens): `);
      const problem = passwordProblem(password);
      if (problem) {
        console.error(problem);
        return 1;
      }
      await createAccount(db, email, password);
      console.log(`Account ${email} is klaar. Inloggen: /beheer/inloggen`);
    }
    return 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
