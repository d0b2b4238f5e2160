import { formatDate, formatLongDate, machineDate } from '@/lib/dates';

export function DateText({ value, locale, long = false }: { value: string; locale: string; long?: boolean }) {
  return <time dateTime={machineDate(value)}>{long ? formatLongDate(value, locale) : formatDate(value, locale)}</time>;
}
