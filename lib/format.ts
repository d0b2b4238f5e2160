/** "1,2 MB", "350 kB": file sizes as Dutch sites write them (decimal units, comma). */
export function formatBytes(bytes: number, locale = 'nl'): string {
  const units = ['bytes', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
