// `npm run beheer -- <opdracht>`: staff accounts and clean-up, on the server's command line.
//   account toevoegen <e-mail> [--rol R]   new account, or a new password for an existing one
//   account rol <e-mail> <rol>              redacteur, eindredacteur or beheerder
//   account verwijderen <e-mail>
//   accounts                                list the accounts with their roles
//   opruimen                      delete now what the retention periods say must go
// The password is asked for (not shown while typing), or read from standard input when piped.
// With PGlite (no DATABASE_URL) the server must not be running: one process per data folder.
import path from 'node:path';
import readline from 'node:readline';
import { dataDir, openDatabase } from '../lib/db';
import { createAccount, deleteAccount, listAccounts, passwordProblem, setRole } from '../lib/staff/accounts';
import { isRole, ROLES, type Role } from '../lib/staff/roles';
import { audit } from '../lib/staff/audit';
import { purgeExpired } from '../lib/forms/submissions';

const USAGE = `Gebruik:
  npm run beheer -- account toevoegen <e-mail> [--rol redacteur|eindredacteur|beheerder]
  npm run beheer -- account rol <e-mail> <redacteur|eindredacteur|beheerder>
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

async function main(all: string[]) {
  const flag = all.indexOf('--rol');
  const roleGiven = flag >= 0 ? all[flag + 1] : undefined;
  const args = flag >= 0 ? all.filter((_, i) => i !== flag && i !== flag + 1) : all;
  const [command, sub, email, extra] = args;
  const known =
    (command === 'account' && (sub === 'toevoegen' || sub === 'verwijderen') && email) ||
    (command === 'account' && sub === 'rol' && email && extra) ||
    command === 'accounts' ||
    command === 'opruimen';
  if (!known) {
    console.error(USAGE);
    return 2;
  }
  const role = sub === 'rol' ? extra : roleGiven;
  if ((flag >= 0 || sub === 'rol') && !isRole(role)) {
    console.error(`Onbekende rol "${role ?? ''}": kies ${ROLES.join(', ')}.`);
    return 2;
  }
  const db = await openDatabase(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dir: path.join(dataDir(), 'pglite') });
  try {
    if (command === 'accounts') {
      const accounts = await listAccounts(db);
      console.log(
        accounts.length
          ? accounts.map((a) => `${a.email}  ${a.role}  (sinds ${new Date(a.createdAt).toISOString().slice(0, 10)})`).join('\n')
          : 'Er zijn nog geen accounts.',
      );
    } else if (command === 'opruimen') {
      const purged = await purgeExpired(db, new Date());
      console.log(
        `Verwijderd: ${purged.submissions} inzendingen, ${purged.attempts} teruggestuurde formulieren, ${purged.sessions} verlopen sessies, ${purged.audit} oude regels uit het logboek.`,
      );
    } else if (sub === 'verwijderen') {
      const done = await deleteAccount(db, email);
      if (done) await audit(db, { actor: null, action: 'account-verwijderen', target: email, outcome: 'ok', detail: { via: 'npm run beheer' } });
      console.log(done ? `Account ${email} verwijderd.` : `Er is geen account ${email}.`);
    } else if (sub === 'rol') {
      const done = await setRole(db, email, role as Role);
      if (done) await audit(db, { actor: null, action: 'rol-wijzigen', target: email, outcome: 'ok', detail: { rol: role, via: 'npm run beheer' } });
      console.log(done ? `Account ${email} is nu ${role}.` : `Er is geen account ${email}.`);
    } else {
      const password = await readPassword(`Wachtwoord voor ${email} (minstens 12 tekens): `);
      const problem = passwordProblem(password);
      if (problem) {
        console.error(problem);
        return 1;
      }
      const made = await createAccount(db, email, password, role as Role | undefined);
      await audit(db, {
        actor: null,
        action: made.created ? 'account-toevoegen' : 'wachtwoord-wijzigen',
        target: email,
        outcome: 'ok',
        detail: { rol: made.role, via: 'npm run beheer' },
      });
      console.log(`Account ${email} (${made.role}) is klaar. Inloggen: /beheer/inloggen`);
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
