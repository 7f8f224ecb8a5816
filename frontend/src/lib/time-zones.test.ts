import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, canonicalTimeZones, formatUtcOffset, utcOffsetOf } from '@/lib/time-zones';

describe('time zones', () => {
  it('lists canonical zones only, UTC first, with legacy names mapped and links dropped', () => {
    const zones = canonicalTimeZones(['Europe/Berlin', 'Asia/Calcutta', 'Europe/Kiev', 'US/Eastern', 'Etc/GMT+5', 'America/New_York', 'Asia/Kolkata', 'GMT']);
    expect(zones).toEqual(['UTC', 'America/New_York', 'Asia/Kolkata', 'Europe/Berlin', 'Europe/Kyiv']);
  });

  it('keeps the modern engine list free of aliases', () => {
    const zones = canonicalTimeZones();
    expect(zones[0]).toBe('UTC');
    expect(zones).toContain('Europe/Berlin');
    expect(zones).not.toContain('Asia/Calcutta');
    expect(zones).not.toContain('Europe/Kiev');
    expect(zones.some((zone) => zone.startsWith('US/') || zone.startsWith('Etc/'))).toBe(false);
    expect(new Set(zones).size).toBe(zones.length);
  });

  it('maps stored aliases to today’s names', () => {
    expect(canonicalTimeZone('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(canonicalTimeZone('Europe/Kiev')).toBe('Europe/Kyiv');
    expect(canonicalTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
  });

  it('words offsets as UTC±hh:mm', () => {
    expect(formatUtcOffset(60)).toBe('UTC+01:00');
    expect(formatUtcOffset(330)).toBe('UTC+05:30');
    expect(formatUtcOffset(-210)).toBe('UTC−03:30');
    expect(formatUtcOffset(0)).toBe('UTC+00:00');
    expect(utcOffsetOf('Europe/Berlin', '2027-07-01T12:00:00Z')).toBe('UTC+02:00');
    expect(utcOffsetOf('Europe/Berlin', '2027-01-01T12:00:00Z')).toBe('UTC+01:00');
  });
});
