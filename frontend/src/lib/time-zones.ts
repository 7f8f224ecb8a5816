import { offsetMinutes, type Instant } from '@/lib/time';

/**
 * Old names some engines (and ICU, under V8) still list as canonical, mapped to the names the
 * IANA database uses today. A stored profile may hold either; pickers show only the new one.
 */
const LEGACY_ZONES: Record<string, string> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Australia/Currie': 'Australia/Hobart',
  'Europe/Kiev': 'Europe/Kyiv',
  'Europe/Uzhgorod': 'Europe/Kyiv',
  'Europe/Zaporozhye': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
  'US/Alaska': 'America/Anchorage',
  'US/Arizona': 'America/Phoenix',
  'US/Central': 'America/Chicago',
  'US/Eastern': 'America/New_York',
  'US/Hawaii': 'Pacific/Honolulu',
  'US/Mountain': 'America/Denver',
  'US/Pacific': 'America/Los_Angeles',
  'Etc/UTC': 'UTC',
  'Etc/GMT': 'UTC',
  'Etc/UCT': 'UTC',
  'Etc/Universal': 'UTC',
  'Etc/Zulu': 'UTC',
  GMT: 'UTC',
  UCT: 'UTC',
  Universal: 'UTC',
  Zulu: 'UTC',
};

/** The name a zone goes by today: "Asia/Calcutta" → "Asia/Kolkata"; anything else unchanged. */
export function canonicalTimeZone(zone: string): string {
  return LEGACY_ZONES[zone] ?? zone;
}

/** Names kept out of pickers: old spellings, US/* and Etc/* links, bare abbreviations. */
function isPickable(zone: string): boolean {
  if (zone === 'UTC') return true;
  if (zone in LEGACY_ZONES) return false;
  return zone.includes('/') && !zone.startsWith('US/') && !zone.startsWith('Etc/') && !zone.startsWith('SystemV/');
}

/**
 * Every canonical IANA zone the browser knows, sorted, with UTC first. Modern engines list only
 * canonical names already; the legacy ones older engines add are mapped and deduplicated.
 */
export function canonicalTimeZones(supported: readonly string[] = supportedValues()): string[] {
  const zones = new Set<string>();
  for (const zone of supported) {
    const canonical = canonicalTimeZone(zone);
    if (isPickable(canonical) && canonical !== 'UTC') zones.add(canonical);
  }
  return ['UTC', ...[...zones].sort()];
}

function supportedValues(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  try {
    const zones = intl.supportedValuesOf?.('timeZone') ?? [];
    if (zones.length > 0) return zones;
  } catch {
    // An engine without the API: the short list below.
  }
  return ['Europe/Berlin', 'Europe/London', 'Europe/Paris', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo'];
}

/** "UTC+01:00", "UTC−03:30", "UTC+00:00": an offset in minutes as people read it in pickers. */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A zone's offset from UTC right now (or at `at`), worded: "UTC+02:00" for Berlin in summer. */
export function utcOffsetOf(zone: string, at: Instant = Date.now()): string {
  return formatUtcOffset(offsetMinutes(at, zone));
}
