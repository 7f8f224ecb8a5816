import { TextInput, type TextInputProps } from '@mantine/core';
import type { Ref } from 'react';

/**
 * A six-digit code from a text or an authenticator app: numeric keyboard, the code offered by the
 * phone's autofill, room for "123 456" typed with a space.
 */
export function OneTimeCodeInput({ ref, ...props }: TextInputProps & { ref?: Ref<HTMLInputElement> }) {
  return <TextInput ref={ref} autoComplete="one-time-code" inputMode="numeric" maxLength={7} spellCheck={false} {...props} />;
}
