import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorFallback } from '@/components/errors/error-fallback';
import { NotFound } from '@/components/errors/not-found';

/** The router's errorElement: a missing route reads as 404, anything else as a crash. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  console.error('Route error', error);
  return <ErrorFallback />;
}
