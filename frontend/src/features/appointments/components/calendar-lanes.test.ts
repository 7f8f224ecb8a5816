import { describe, expect, it } from 'vitest';
import { layoutLanes } from '@/features/appointments/components/calendar-lanes';

const at = (hh: number, mm = 0) => hh * 60 + mm;

describe('layoutLanes', () => {
  it('gives events that do not overlap the full width', () => {
    const lanes = layoutLanes([
      { id: 'a', start: at(9), end: at(9, 20) },
      { id: 'b', start: at(9, 20), end: at(9, 40) }, // touching is not overlapping
    ]);
    expect(lanes.get('a')).toEqual({ lane: 0, lanes: 1 });
    expect(lanes.get('b')).toEqual({ lane: 0, lanes: 1 });
  });

  it('puts a double booking side by side, half width each', () => {
    const lanes = layoutLanes([
      { id: 'second', start: at(9), end: at(9, 20) },
      { id: 'first', start: at(9), end: at(9, 30) },
    ]);
    expect(lanes.get('first')).toEqual({ lane: 0, lanes: 2 });
    expect(lanes.get('second')).toEqual({ lane: 1, lanes: 2 });
  });

  it('reuses a freed lane inside a chain of overlaps, and sizes the whole cluster alike', () => {
    // a overlaps b, b overlaps c, a and c do not: two lanes suffice for all three.
    const lanes = layoutLanes([
      { id: 'a', start: at(9), end: at(10) },
      { id: 'b', start: at(9, 30), end: at(10, 30) },
      { id: 'c', start: at(10), end: at(11) },
      { id: 'later', start: at(12), end: at(12, 20) },
    ]);
    expect(lanes.get('a')).toEqual({ lane: 0, lanes: 2 });
    expect(lanes.get('b')).toEqual({ lane: 1, lanes: 2 });
    expect(lanes.get('c')).toEqual({ lane: 0, lanes: 2 });
    expect(lanes.get('later')).toEqual({ lane: 0, lanes: 1 });
  });

  it('opens as many lanes as events overlap at once', () => {
    const lanes = layoutLanes([
      { id: 'a', start: at(9), end: at(11) },
      { id: 'b', start: at(9, 10), end: at(9, 30) },
      { id: 'c', start: at(9, 15), end: at(9, 45) },
    ]);
    expect([...lanes.values()].map((p) => p.lanes)).toEqual([3, 3, 3]);
    expect(new Set([...lanes.values()].map((p) => p.lane)).size).toBe(3);
  });
});
