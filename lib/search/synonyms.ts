// The synonym list editors keep in content/zoeken/synoniemen.yml: groups of words or phrases that
// mean the same on this site ("vve", "voorschoolse educatie"). Read and checked here; the build
// (contentlayer.config.ts) and `npm run check:content` stop on a problem with its line.
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isSeq, isScalar, type Node } from 'yaml';
import type { Problem } from '../content/validate';
import { fold, words } from './text';

export const SYNONYMS_FILE = 'content/zoeken/synoniemen.yml';
const IN_CONTENT = 'zoeken/synoniemen.yml';

const FIX_SHAPE = 'schrijf elke groep als een regel "- [woord, ander woord]", met minstens twee woorden of woordgroepen';

/** The groups of the file, folded, and every problem in it (Dutch, with the line). */
export function parseSynonyms(text: string, file = SYNONYMS_FILE): { groups: string[][]; problems: Problem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const problems: Problem[] = [];
  const lineOf = (node: Node | null | undefined) => (node?.range ? counter.linePos(node.range[0]).line : 1);
  const problem = (node: Node | null | undefined, message: string, fix = FIX_SHAPE) =>
    problems.push({ file, line: lineOf(node), field: 'synoniemen', message, fix });
  if (doc.errors.length) {
    for (const e of doc.errors)
      problems.push({ file, line: counter.linePos(e.pos[0]).line, field: 'synoniemen', message: `geen geldige YAML (${e.code})`, fix: FIX_SHAPE });
    return { groups: [], problems };
  }
  if (doc.contents === null) return { groups: [], problems };
  if (!isSeq(doc.contents)) {
    problem(doc.contents, 'het bestand is geen lijst van groepen');
    return { groups: [], problems };
  }
  const groups: string[][] = [];
  const seen = new Map<string, number>();
  for (const item of doc.contents.items as Node[]) {
    if (!isSeq(item)) {
      problem(item, 'deze regel is geen groep woorden');
      continue;
    }
    const group: string[] = [];
    for (const entry of item.items as Node[]) {
      const value = isScalar(entry) ? entry.value : undefined;
      const phrase =
        typeof value === 'string' || typeof value === 'number'
          ? words(fold(String(value)))
              .map((w) => w.word)
              .join(' ')
          : '';
      if (!phrase) {
        problem(entry, 'een woord in deze groep is leeg of heeft geen letters', 'schrijf het woord of haal de komma weg');
        continue;
      }
      const earlier = seen.get(phrase);
      if (earlier !== undefined) {
        problem(entry, `"${phrase}" staat ook in de groep op regel ${earlier}`, 'zet elk woord in één groep, voeg de groepen zo nodig samen');
        continue;
      }
      seen.set(phrase, lineOf(entry));
      group.push(phrase);
    }
    if (group.length === 1) problem(item, `de groep "${group[0]}" heeft maar één woord`);
    if (group.length >= 2) groups.push(group);
  }
  return { groups, problems };
}

/** The problems of the synonym file below a content folder (none when there is no file). */
export function synonymProblems(contentDir: string): Problem[] {
  const file = path.join(contentDir, IN_CONTENT);
  if (!fs.existsSync(file)) return [];
  return parseSynonyms(fs.readFileSync(file, 'utf8'), path.relative(process.cwd(), file) || file).problems;
}
