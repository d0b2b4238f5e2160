// `npm run nieuw -- <soort> "<titel>"`: a new content file that passes the checks.
import fs from 'node:fs';
import path from 'node:path';
import { KINDS, scaffold, type Kind } from '../lib/content/scaffold';
import { toAmsterdamDay } from '../lib/dates';

const [kind, ...words] = process.argv.slice(2);
const title = words.join(' ').trim();
const usage = `Gebruik: npm run nieuw -- <soort> "<titel>"\nSoorten: ${KINDS.join(', ')}\nVoorbeeld: npm run nieuw -- nieuws "Nieuwe GKA-gemeenten in 2027"`;
if (!KINDS.includes(kind as Kind) || !title) {
  console.error(usage);
  process.exit(1);
}

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const names = (folder: string) =>
  fs.existsSync(path.join(contentDir, folder))
    ? fs
        .readdirSync(path.join(contentDir, folder))
        .filter((f) => f.endsWith('.md'))
        .map((f) => f.slice(0, -3))
    : [];
const numbers = (folder: string, field: string) =>
  names(folder).map((n) => Number(new RegExp(`^${field}:\\s*(\\d+)`, 'm').exec(fs.readFileSync(path.join(contentDir, folder, `${n}.md`), 'utf8'))?.[1] ?? 0));

const file = scaffold(kind as Kind, title, toAmsterdamDay(new Date()), {
  themes: names('themas'),
  municipalities: names('gemeenten'),
  regions: names('regios'),
  nextEpisode: Math.max(0, ...numbers('podcast', 'number')) + 1,
  nextThemeOrder: Math.max(0, ...numbers('themas', 'order')) + 1,
});
const target = path.join(contentDir, file.path);
if (fs.existsSync(target)) {
  console.error(`Er bestaat al een bestand ${path.relative(process.cwd(), target)}. Kies een andere titel of pas dat bestand aan.`);
  process.exit(1);
}
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, file.text, { flag: 'wx' });
console.log(
  `Gemaakt: ${path.relative(process.cwd(), target)}\nHet is een concept (draft: true). Vul de velden in, controleer met npm run check:content en bekijk het met npm run dev.`,
);
