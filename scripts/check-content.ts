// `npm run check:content`: all content checked in seconds, every problem printed at once.
import path from 'node:path';
import { documentTypes } from '../contentlayer.config';
import { checkContent } from '../lib/content/check';
import { formatProblem } from '../lib/content/validate';

const started = performance.now();
const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const types = documentTypes.map((t) => t.def());
const problems = checkContent(contentDir, types as never);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length === 0) {
  console.log(`De inhoud is in orde (${seconds} s).`);
} else {
  for (const p of problems) console.log(formatProblem(p));
  console.log(
    `\n${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'} gevonden (${seconds} s). Los ze op en draai npm run check:content opnieuw.`,
  );
  process.exitCode = 1;
}
