// At start in production (GKA_PRODUCTION=1): every missing or wrong setting on a line of its own,
// and no start without the ones the servers must share (lib/settings.ts).
import { isProduction, productionProblems } from '@/lib/settings';

export function checkProductionSettings() {
  if (!isProduction()) return;
  const problems = productionProblems();
  for (const p of problems) console.error(`${p.fatal ? '✖' : '⚠'} ${p.message}`);
  if (problems.some((p) => p.fatal)) {
    console.error('✖ De server start niet in productie zonder deze instellingen (zie README, "In productie").');
    process.exit(1);
  }
}
