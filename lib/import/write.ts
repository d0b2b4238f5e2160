// Writes a set of files all or nothing. Every new text first goes to a temporary file beside its
// target; only when all are written are they renamed into place, each rename atomic. If a rename
// fails, the files already replaced get their old text back and new ones are removed, so the
// content folder is as it was. Temporary names end in .tmp: the content build never reads them.
import fs from 'node:fs';
import path from 'node:path';

export type FileWrite = { path: string; text: string };

/** The file system calls used, so a test can make one of them fail. */
export type WriteFs = Pick<typeof fs, 'writeFileSync' | 'renameSync' | 'copyFileSync' | 'rmSync' | 'mkdirSync' | 'statSync'>;

const isFile = (io: WriteFs, p: string) => {
  try {
    return io.statSync(p).isFile();
  } catch {
    return false;
  }
};

export function writeAll(files: FileWrite[], io: WriteFs = fs): void {
  const tag = `.import-${process.pid}-${Date.now()}`;
  const steps = files.map((f) => ({ ...f, temp: `${f.path}${tag}.tmp`, backup: `${f.path}${tag}.bak`, existed: isFile(io, f.path), done: false }));
  const cleanUp = () => {
    for (const s of steps) {
      io.rmSync(s.temp, { force: true });
      io.rmSync(s.backup, { force: true });
    }
  };
  try {
    for (const s of steps) {
      io.mkdirSync(path.dirname(s.path), { recursive: true });
      io.writeFileSync(s.temp, s.text, { flag: 'wx' });
      if (s.existed) io.copyFileSync(s.path, s.backup);
    }
    for (const s of steps) {
      io.renameSync(s.temp, s.path);
      s.done = true;
    }
  } catch (error) {
    for (const s of steps.filter((x) => x.done)) {
      if (s.existed) io.renameSync(s.backup, s.path);
      else io.rmSync(s.path, { force: true });
    }
    cleanUp();
    throw error;
  }
  cleanUp();
}
