// The server's secret for signing form tokens and hashing addresses: GKA_SECRET, or a random one
// made once and kept in the data folder (readable by the server's user only).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from './db';

let cached: string | undefined;

export function serverSecret(): string {
  if (cached) return cached;
  const fromEnv = process.env.GKA_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('GKA_SECRET is te kort: gebruik minstens 32 tekens (bijvoorbeeld: openssl rand -base64 32)');
    return (cached = fromEnv);
  }
  const file = path.join(dataDir(), 'secret');
  try {
    cached = fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      // Another worker made it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    cached = fs.readFileSync(file, 'utf8').trim();
  }
  return cached;
}
