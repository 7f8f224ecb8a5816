import { useLocation, useSearchParams } from 'react-router';
import type { FromState } from '@/app/routes/guards';

/** Only same-app paths: never "//evil.example", an absolute URL, or another sign-in page. */
export function safeReturnPath(path: string | null | undefined): string | null {
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\') || path.startsWith('/sign-')) return null;
  return path;
}

/**
 * The page a signed-out visitor asked for, if it is one of ours; home otherwise. It comes as
 * `?returnTo=/doctors/7?slot=…` (a link, which survives a reload and a trip to sign-up) or as
 * the router state a guard left behind.
 */
export function useReturnTo(): string {
  const [params] = useSearchParams();
  const state = useLocation().state as FromState | null;
  return safeReturnPath(params.get('returnTo')) ?? safeReturnPath(state?.from) ?? '/';
}

/** `/sign-in?returnTo=…`, or the bare page when there is nowhere particular to return to. */
export function withReturnTo(page: string, returnTo: string): string {
  return returnTo === '/' ? page : `${page}?returnTo=${encodeURIComponent(returnTo)}`;
}
