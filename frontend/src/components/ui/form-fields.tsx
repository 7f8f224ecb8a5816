import { Alert, Button, Group, PasswordInput, TextInput, type PasswordInputProps, type TextInputProps } from '@mantine/core';
import type { ReactNode, Ref } from 'react';
import { AlertIcon } from '@/components/ui/icons';
import { describeError } from '@/lib/form-errors';

/** What went wrong with a form as a whole (not one field), read out as soon as it shows. */
export function FormAlert({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
      {children}
    </Alert>
  );
}

type InputProps = TextInputProps & { ref?: Ref<HTMLInputElement> };

/** An email address: the keyboard and autofill for one, no capitals or spelling fixes. */
export function EmailInput(props: InputProps) {
  return <TextInput type="email" autoComplete="email" inputMode="email" autoCapitalize="none" spellCheck={false} {...props} />;
}

/** A phone number: the phone keypad and autofill. */
export function PhoneInput(props: InputProps) {
  return <TextInput type="tel" autoComplete="tel" inputMode="tel" {...props} />;
}

/** A password with a show/hide toggle that keyboards reach and screen readers can name. */
export function SecretInput({ toggleLabel, ...props }: PasswordInputProps & { ref?: Ref<HTMLInputElement>; toggleLabel: string }) {
  return <PasswordInput visibilityToggleFocusable visibilityToggleButtonProps={{ 'aria-label': toggleLabel }} {...props} />;
}

/** A change that failed (a removal, an approval): what went wrong, until it is dismissed. */
export function FailureAlert({ error, onDismiss, dismissLabel }: { error: unknown; onDismiss: () => void; dismissLabel: string }) {
  if (!error) return null;
  return (
    <Alert color="red" variant="light" icon={<AlertIcon />} role="alert" withCloseButton onClose={onDismiss} closeButtonLabel={dismissLabel}>
      {describeError(error)}
    </Alert>
  );
}

/** A form's submit button, busy while it saves, and the way out without saving. */
export function FormActions({ submitLabel, pending, cancelLabel, onCancel }: { submitLabel: string; pending: boolean; cancelLabel: string; onCancel: () => void }) {
  return (
    <Group gap="sm">
      <Button type="submit" loading={pending}>
        {submitLabel}
      </Button>
      <Button variant="default" onClick={onCancel}>
        {cancelLabel}
      </Button>
    </Group>
  );
}
