import { Alert, Button, Card, Loader, Stack, Text, ThemeIcon, Title, VisuallyHidden, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertIcon } from '@/components/ui/icons';
import { describeError } from '@/lib/form-errors';

/** What every query shows while it loads: a spinner people see and a sentence screen readers hear. */
export function LoadingState({ label, children }: { label: string; children?: ReactNode }) {
  return (
    <div role="status" aria-live="polite">
      <VisuallyHidden>{label}</VisuallyHidden>
      {children ?? (
        <Group justify="center" py="xl" aria-hidden="true">
          <Loader size="md" />
        </Group>
      )}
    </div>
  );
}

/** A failed query: what went wrong, in a sentence, and a way to ask again. */
export function ErrorState({
  title,
  error,
  onRetry,
  retrying = false,
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" icon={<AlertIcon />} title={title} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{describeError(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="default" onClick={onRetry} loading={retrying}>
            {t('retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** A query that answered with nothing: say so, and what people can do about it. */
export function EmptyState({
  icon,
  title,
  text,
  action,
  headingOrder = 3,
  withCard = true,
}: {
  icon?: ReactNode;
  title: string;
  text?: ReactNode;
  action?: ReactNode;
  headingOrder?: 2 | 3 | 4;
  /** Off inside a card that already frames the section. */
  withCard?: boolean;
}) {
  const content = (
      <Stack align="center" gap="xs" ta="center" maw={460} mx="auto" py={withCard ? 0 : 'lg'}>
        {icon && (
          <ThemeIcon size={52} radius="xl" variant="light">
            {icon}
          </ThemeIcon>
        )}
        <Title order={headingOrder} fz="h3">
          {title}
        </Title>
        {text && (
          <Text c="dimmed" size="sm">
            {text}
          </Text>
        )}
        {action && <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>{action}</div>}
      </Stack>
  );
  return withCard ? <Card padding="xl">{content}</Card> : content;
}
