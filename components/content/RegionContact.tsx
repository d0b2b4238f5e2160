import { translator } from '@/i18n/translate';
import type { Region } from '@/lib/content';
import type { ContentImage } from '@/lib/content/images';

/**
 * How to reach a region's coordinator: a role and the mailbox; a name, phone and photo only when
 * content gives them (the content check allows a photo only with a name).
 */
export function RegionContact({ region, locale }: { region: Region; locale: string }) {
  const t = translator(locale);
  const photo = region.contactPhoto as ContentImage | null | undefined;
  return (
    <div className="flex items-start gap-4">
      {photo?.url && (
        // eslint-disable-next-line @next/next/no-img-element -- a content image with known size, published as is
        <img src={photo.url} alt={photo.alt} width={photo.width ?? undefined} height={photo.height ?? undefined} className="size-20 shrink-0 rounded-full object-cover" />
      )}
      <address className="not-italic">
        <span className="block font-semibold">{region.contactName ?? region.contactRole}</span>
        {region.contactName && <span className="block">{region.contactRole}</span>}
        <span className="block">
          {t('common.email')}: <a href={`mailto:${region.email}`}>{region.email}</a>
        </span>
        {region.phone && <span className="block">{region.phone}</span>}
      </address>
    </div>
  );
}
