import { browserTimeZone, formatDateTime, formatLocale } from '@/lib/time';

/** "68 bytes", "12 kB", "3.4 MB" in the reader's locale. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: unit === 0 ? 'long' : 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}

/** Instants of the record in the reader's own zone: they read their own record, wherever they are. */
export function useRecordTime(language: string) {
  const zone = browserTimeZone();
  const locale = formatLocale(language);
  return (instant: string) => formatDateTime(instant, zone, locale, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** Plain text as written, line breaks kept; never parsed as HTML. */
export const preWrap = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;
