// The server's secret: GKA_SECRET, or a random one made once and kept in the data folder
// (readable by the server's user only). Nothing signs with it directly: each purpose gets a key
// of its own derived from it (secretFor), so a value made for one purpose is worthless for another.
import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from './db';

/** The shortest secret taken: 32 characters (the made one has 43, 256 random bits). */
export const MIN_SECRET_LENGTH = 32;

/** `e-mailmeldingen`: signs the links in the alert mails (lib/alerts/tokens.ts). `limieten`: the key the shared rate limits and login throttle hash addresses and accounts with. `beheer-meldingen`: signs the notices of /beheer after a redirect (lib/staff/notice.ts). */
export type SecretPurpose = 'formulieren' | 'beheer-inloggen' | 'sessies' | 'limieten' | 'beheer-meldingen' | 'e-mailmeldingen';

let cached: string | undefined;

/**
 * Reads the secret file, or makes it. A new secret is written to a file of its own and then
 * linked into place, which either fails (another process was first) or gives the whole file at
 * once: no process ever reads a file that is empty or half written.
 */
export function readOrCreateSecret(file: string): string {
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const fresh = `${file}.${process.pid}.${randomBytes(6).toString('hex')}`;
    fs.writeFileSync(fresh, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
    try {
      fs.linkSync(fresh, file);
    } catch (error) {
      // Another process made it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      fs.rmSync(fresh, { force: true });
    }
  }
  const secret = fs.readFileSync(file, 'utf8').trim();
  if (secret.length < MIN_SECRET_LENGTH)
    throw new Error(`${file} is leeg of te kort (minstens ${MIN_SECRET_LENGTH} tekens): verwijder het bestand, dan maakt de server een nieuw geheim`);
  return secret;
}

export function serverSecret(): string {
  if (cached) return cached;
  const fromEnv = process.env.GKA_SECRET;
  if (fromEnv) {
    if (fromEnv.length < MIN_SECRET_LENGTH)
      throw new Error(`GKA_SECRET is te kort: gebruik minstens ${MIN_SECRET_LENGTH} tekens (bijvoorbeeld: openssl rand -base64 32)`);
    return (cached = fromEnv);
  }
  return (cached = readOrCreateSecret(path.join(dataDir(), 'secret')));
}

/** The key for one purpose: HMAC-SHA256 of the purpose under the server's secret. */
export function deriveKey(secret: string, purpose: SecretPurpose): string {
  if (secret.length < MIN_SECRET_LENGTH) throw new Error('Het geheim van de server is te kort');
  return createHmac('sha256', secret).update(`gka-portal:${purpose}`).digest('base64url');
}

export const secretFor = (purpose: SecretPurpose) => deriveKey(serverSecret(), purpose);
