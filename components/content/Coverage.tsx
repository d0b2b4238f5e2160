import { translator } from '@/i18n/translate';
import { Notice } from '@/components/ui/Notice';
import { FIGURES } from '@/lib/figures';

/**
 * What the site holds next to the real figures of the Voortgangrapportage 2022: shown wherever a
 * list or a download has fewer than the real numbers. How editors add the rest is said in /beheer
 * (components/staff/ContentCoverage.tsx), never to visitors.
 */
export function Coverage({ kind, count, locale }: { kind: 'interventions' | 'municipalities'; count: number; locale: string }) {
  const t = translator(locale);
  if (kind === 'municipalities' && count >= FIGURES.municipalities) return null;
  if (kind === 'interventions' && count >= FIGURES.interventions2022) return null;
  return (
    <Notice className="max-w-3xl">
      <p>
        {kind === 'interventions'
          ? t('interventions.coverage', { count, total: FIGURES.interventions2022, municipalities: FIGURES.municipalities })
          : t('municipalities.incomplete', { count, gka: FIGURES.municipalities })}
      </p>
    </Notice>
  );
}
