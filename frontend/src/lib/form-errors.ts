import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from '@/lib/api-client';
import i18n from '@/lib/i18n';

/**
 * Which form field shows a server error: either the list of fields named exactly as the API
 * names them, or a function translating API names ("weekly[2].end") into form paths.
 */
export type FieldMap<Name extends string = string> = readonly Name[] | ((apiField: string) => Name | undefined);

export function resolveField<Name extends string>(apiField: string, fields: FieldMap<Name>): Name | undefined {
  if (typeof fields === 'function') return fields(apiField);
  return (fields as readonly string[]).includes(apiField) ? (apiField as Name) : undefined;
}

/**
 * Puts each `errors[].field` of a problem response beside its input. Returns true when at
 * least one field got a message, so the caller can word the summary above the form.
 */
export function applyFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: FieldMap<Path<T>>,
): boolean {
  if (!isApiError(error)) return false;
  let focused = false;
  let applied = false;
  for (const { field, message } of error.errors) {
    const target = resolveField(field, fields);
    if (!target) continue;
    setError(target, { type: 'server', message }, { shouldFocus: !focused });
    focused = true;
    applied = true;
  }
  return applied;
}

/** One sentence for the alert above a form or a failed section. */
export function describeError(error: unknown): string {
  const { t } = i18n;
  if (!isApiError(error)) return t('errors:generic');
  if (error.isNetworkError) return t('errors:network');
  if (error.status === 429) {
    return error.retryAfterSeconds !== undefined
      ? t('errors:tooManyAttempts', { count: error.retryAfterSeconds })
      : t('errors:tooManyAttemptsLater');
  }
  if (error.status >= 500) return t('errors:server');
  return error.detail ?? error.title ?? t('errors:generic');
}

/**
 * The alert above a form: nothing when every problem already sits beside its field,
 * otherwise one sentence describing what went wrong.
 */
export function formAlertText(error: unknown, fields: FieldMap): string | null {
  if (!error) return null;
  if (isApiError(error) && error.errors.length > 0) {
    const placed = (field: string) => resolveField(field, fields) !== undefined;
    const allPlaced = error.errors.every((e) => placed(e.field));
    if (allPlaced) return null;
    const unplaced = error.errors.filter((e) => !placed(e.field)).map((e) => e.message);
    return [error.detail ?? i18n.t('errors:generic'), ...unplaced].join(' ');
  }
  return describeError(error);
}

/**
 * The text under an input: client rules carry i18n keys that `translate` words, while messages
 * from the server arrive already worded.
 */
export function fieldMessage(
  error: { message?: string; type?: string } | undefined,
  translate: (key: string) => string,
): string | undefined {
  if (!error?.message) return undefined;
  return error.type === 'server' ? error.message : translate(error.message);
}
