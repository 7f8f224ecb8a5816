import { useEffect, useState } from 'react';

/**
 * The current time, read again every `intervalMs`: for what changes with the clock alone
 * (a visit that has started, a hold running out) without waiting for a refetch.
 */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
