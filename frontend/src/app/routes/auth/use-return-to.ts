import { useLocation } from 'react-router';
import type { FromState } from '@/app/routes/guards';

/** The page a signed-out visitor asked for, if it is one of ours; home otherwise. */
export function useReturnTo(): string {
  const state = useLocation().state as FromState | null;
  const from = state?.from;
  // Only same-app paths: never "//evil.example" or an absolute URL.
  if (from && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/sign-')) return from;
  return '/';
}
