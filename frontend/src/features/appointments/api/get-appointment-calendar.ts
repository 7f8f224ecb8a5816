/**
 * `GET /api/appointments/{id}/calendar.ics` is a file for the browser to download, not data for
 * the app: a plain link with the session cookie is all it takes.
 */
export function getAppointmentCalendarUrl(id: string): string {
  return `/api/appointments/${encodeURIComponent(id)}/calendar.ics`;
}
