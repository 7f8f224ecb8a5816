import type { TFunction } from 'i18next';
import type { FieldError } from 'react-hook-form';
import type auth from '@/locales/en/auth.json';

type ValidationKey = `validation.${keyof typeof auth.validation}`;

/** Client rules carry i18n keys; messages from the server arrive already worded. */
export function fieldErrorText(error: FieldError | undefined, t: TFunction<'auth'>): string | undefined {
  if (!error?.message) return undefined;
  return error.type === 'server' ? error.message : t(error.message as ValidationKey);
}
