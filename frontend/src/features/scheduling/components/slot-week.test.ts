import { describe, expect, it } from 'vitest';
import { groupSlotsByDay, initialWeekStart, slotRangeForWeek } from '@/features/scheduling/components/slot-week';

const slot = (start: string, minutes = 20) => ({
  start,
  end: new Date(new Date(start).getTime() + minutes * 60_000).toISOString().replace('.000Z', 'Z'),
});

describe('groupSlotsByDay', () => {
  it('groups a DST week by the viewer’s local day, Monday first', () => {
    // Berlin moves from UTC+1 to UTC+2 at 02:00 on Sunday 28 March 2027.
    const slots = [
      slot('2027-03-22T07:00:00Z'), // Mon 08:00 CET
      slot('2027-03-27T22:40:00Z'), // Sat 23:40 CET
      slot('2027-03-27T23:20:00Z'), // Sun 00:20 CET: already Sunday
      slot('2027-03-28T00:40:00Z'), // Sun 01:40 CET, just before the jump
      slot('2027-03-28T01:00:00Z'), // Sun 03:00 CEST, just after it
      slot('2027-03-28T21:40:00Z'), // Sun 23:40 CEST
      slot('2027-03-28T22:00:00Z'), // Mon 29 00:00 CEST: next week
      slot('2027-03-21T22:59:00Z'), // Sun 21 23:59 CET: previous week
    ];
    const days = groupSlotsByDay(slots, '2027-03-22', 'Europe/Berlin');

    expect(days.map((d) => d.date)).toEqual([
      '2027-03-22',
      '2027-03-23',
      '2027-03-24',
      '2027-03-25',
      '2027-03-26',
      '2027-03-27',
      '2027-03-28',
    ]);
    expect(days[0]!.slots.map((s) => s.start)).toEqual(['2027-03-22T07:00:00Z']);
    expect(days[5]!.slots.map((s) => s.start)).toEqual(['2027-03-27T22:40:00Z']);
    expect(days[6]!.slots.map((s) => s.start)).toEqual([
      '2027-03-27T23:20:00Z',
      '2027-03-28T00:40:00Z',
      '2027-03-28T01:00:00Z',
      '2027-03-28T21:40:00Z',
    ]);
    expect(days.flatMap((d) => d.slots)).toHaveLength(6);
  });

  it('puts a Berlin morning on the previous evening for a viewer in New York', () => {
    const days = groupSlotsByDay([slot('2027-03-30T03:00:00Z')], '2027-03-29', 'America/New_York');
    // 05:00 in Berlin on Tuesday is 23:00 on Monday in New York.
    expect(days[0]!.slots).toHaveLength(1);
    expect(days[1]!.slots).toHaveLength(0);
  });

  it('sorts each day by start time whatever order the API used', () => {
    const days = groupSlotsByDay([slot('2027-03-29T09:00:00Z'), slot('2027-03-29T07:00:00Z')], '2027-03-29', 'UTC');
    expect(days[0]!.slots.map((s) => s.start)).toEqual(['2027-03-29T07:00:00Z', '2027-03-29T09:00:00Z']);
  });
});

describe('slotRangeForWeek', () => {
  it('asks for the same dates when both zones agree', () => {
    expect(slotRangeForWeek('2027-03-22', 'Europe/Berlin', 'Europe/Berlin')).toEqual({ from: '2027-03-22', to: '2027-03-28' });
  });

  it('asks for the doctor-zone dates that cover the viewer’s whole week', () => {
    // New York's Monday 00:00 is Monday 06:00 in Berlin; its Sunday 23:59 is Monday 05:59.
    expect(slotRangeForWeek('2027-03-29', 'America/New_York', 'Europe/Berlin')).toEqual({ from: '2027-03-29', to: '2027-04-05' });
    // Tokyo's Monday 00:00 is still Sunday in Berlin.
    expect(slotRangeForWeek('2027-03-29', 'Asia/Tokyo', 'Europe/Berlin')).toEqual({ from: '2027-03-28', to: '2027-04-04' });
  });
});

describe('initialWeekStart', () => {
  const now = Date.parse('2027-03-24T12:00:00Z'); // a Wednesday

  it('opens on this week without a next free slot', () => {
    expect(initialWeekStart('Europe/Berlin', null, now)).toBe('2027-03-22');
  });

  it('opens on the week of the next free slot', () => {
    expect(initialWeekStart('Europe/Berlin', '2027-04-07T07:00:00Z', now)).toBe('2027-04-05');
  });

  it('never opens on a past week', () => {
    expect(initialWeekStart('Europe/Berlin', '2027-03-01T07:00:00Z', now)).toBe('2027-03-22');
  });
});
