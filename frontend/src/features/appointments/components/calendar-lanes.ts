/**
 * Side-by-side layout of overlapping events in one day column, the way Google Calendar does it:
 * events that overlap (directly or through a chain) form a cluster; each event takes the first
 * lane free at its start; every event of a cluster is 1/lanes wide. Nothing is drawn on top of
 * anything else, so a double booking is always visible. Ranges are half-open: [start, end).
 */
export type LaneEvent = { id: string; start: number; end: number };
export type LanePlacement = { lane: number; lanes: number };

export function layoutLanes(events: readonly LaneEvent[]): Map<string, LanePlacement> {
  const placements = new Map<string, LanePlacement>();
  // Earlier first; of two starting together the longer takes the left lane.
  const sorted = [...events].sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));

  let cluster: { id: string; lane: number }[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = Number.NEGATIVE_INFINITY;

  const close = () => {
    for (const { id, lane } of cluster) placements.set(id, { lane, lanes: laneEnds.length });
    cluster = [];
    laneEnds = [];
  };

  for (const event of sorted) {
    const end = Math.max(event.end, event.start);
    if (event.start >= clusterEnd) close();
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= event.start);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(end);
    } else {
      laneEnds[lane] = end;
    }
    cluster.push({ id: event.id, lane });
    clusterEnd = cluster.length === 1 ? end : Math.max(clusterEnd, end);
  }
  close();
  return placements;
}
