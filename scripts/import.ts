// `npm run import -- interventies|gemeenten FILE [--dry-run]` and
// `npm run import -- sjabloon interventies|gemeenten FILE`: spreadsheets in, Markdown out.
import path from 'node:path';
import { documentTypes } from '../contentlayer.config';
import { IMPORT_KINDS, importFile, writeTemplate, type ImportKind } from '../lib/import';

const types = documentTypes.map((t) => t.def()) as never;
const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const [first, second, third] = args.filter((a) => a !== '--dry-run');
const isKind = (k: string | undefined): k is ImportKind => IMPORT_KINDS.includes(k as ImportKind);
const usage = [
  'Gebruik:',
  '  npm run import -- sjabloon interventies|gemeenten BESTAND.xlsx   (of .csv) een leeg sjabloon',
  '  npm run import -- interventies|gemeenten BESTAND.xlsx [--dry-run]  (of .csv) importeren',
  'Zie docs/redactie.md, "Importeren".',
].join('\n');

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

if (first === 'sjabloon' && isKind(second) && third) {
  const problem = await writeTemplate(second, third, { contentDir, types });
  if (problem) fail([problem]);
  console.log(`Sjabloon gemaakt: ${third}`);
  console.log(
    third.toLowerCase().endsWith('.csv')
      ? 'Een CSV-bestand heeft één blad: de uitleg per kolom staat in het .xlsx-sjabloon en in docs/redactie.md.'
      : 'Het tweede blad ("Uitleg") zegt per kolom wat erin hoort.',
  );
} else if (isKind(first) && second && !third) {
  const report = await importFile(first, second, { contentDir, types, dryRun }).catch((e: Error) => fail([e.message]));
  if (report.problems.length > 0) {
    fail([
      ...report.problems,
      '',
      `${report.problems.length} ${report.problems.length === 1 ? 'probleem' : 'problemen'} gevonden. Er is niets geschreven. Verbeter het bestand en importeer opnieuw.`,
    ]);
  }
  const where = (rel: string) => path.relative(process.cwd(), path.join(contentDir, rel));
  for (const f of report.files) {
    const fields = f.action === 'gewijzigd' ? ` (${f.fields.join(', ')})` : '';
    console.log(`${f.action.padEnd(11)} ${where(f.rel)}  rij ${f.row}${fields}`);
  }
  for (const s of report.skipped) console.log(`overgeslagen rij ${s.row}: ${s.reason}`);
  for (const rel of report.untouched) console.log(`${'blijft'.padEnd(11)} ${where(rel)}  (staat niet in het bestand)`);
  const count = (action: string) => report.files.filter((f) => f.action === action).length;
  const summary = `${count('nieuw')} nieuw, ${count('gewijzigd')} gewijzigd, ${count('ongewijzigd')} ongewijzigd, ${report.untouched.length} niet in het bestand.`;
  console.log(dryRun ? `\nProefdraai: ${summary} Er is niets geschreven.` : `\n${summary} Controleer met npm run check:content en bekijk het met npm run dev.`);
} else {
  fail([usage]);
}
