import i18n from '@/lib/i18n';
import { addDays, dateKeyIn, formatTime, todayKey } from '@/lib/time';

/** Display helpers for doctor data whose exact wording the API leaves open. */

/** Accepts ISO 639 codes ("en", "pt-BR") and plain names ("English") alike. */
export function formatLanguage(language: string, locale: string): string {
  if (/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(language)) {
    try {
      const name = new Intl.DisplayNames([locale], { type: 'language' }).of(language);
      if (name && name.toLowerCase() !== language.toLowerCase()) return name;
    } catch {
      // Not a code after all: show it as given.
    }
  }
  return language;
}

/**
 * A specialty in the reader's language when it is a known one ("Cardiology" → "Kardiologie"), else as
 * written; "CARDIOLOGY" or "general_practice" from an enum read as words.
 */
export function formatSpecialty(specialty: string): string {
  return i18n.t(`doctors:specialties.${specialtyKey(specialty)}` as 'doctors:specialties.cardiology', { defaultValue: specialtyWords(specialty) });
}

/** "General Practice", "GENERAL_PRACTICE" → "general-practice": the key of a known specialty's name in every language. */
export function specialtyKey(specialty: string): string {
  return specialty
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A specialty nobody translated yet reads as written ("GENERAL_PRACTICE" as "General practice"). */
function specialtyWords(specialty: string): string {
  if (!/^[A-Z0-9_]+$/.test(specialty) && !/^[a-z0-9_]+$/.test(specialty)) return specialty;
  const words = specialty.toLowerCase().split('_').filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Today, 14:20", "Tomorrow, 09:00" or "Mon 29 Mar, 09:00" in the viewer's zone. */
export function formatNextFree(instant: string, timeZone: string, locale: string, now: number = Date.now()): string {
  const time = formatTime(instant, timeZone, locale);
  const day = dateKeyIn(instant, timeZone);
  const today = todayKey(timeZone, now);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (day === today) return `${capitalise(relative.format(0, 'day'))}, ${time}`;
  if (day === addDays(today, 1)) return `${capitalise(relative.format(1, 'day'))}, ${time}`;
  const date = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(instant));
  return `${date}, ${time}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
