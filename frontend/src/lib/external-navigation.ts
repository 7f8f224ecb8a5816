/**
 * Leaving the single-page app for an address the server handed over (a hosted checkout). Only
 * same-origin paths and https URLs are followed, so a bad value can never run as `javascript:`.
 * In its own module so tests can replace it: jsdom cannot navigate.
 */
export function isSafeRedirect(url: string): boolean {
  if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\')) return true;
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

export function goToExternalUrl(url: string): void {
  if (!isSafeRedirect(url)) throw new Error(`Refusing to navigate to ${url}`);
  window.location.assign(url);
}
