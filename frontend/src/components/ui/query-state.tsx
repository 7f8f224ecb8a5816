import { Alert, Button, Card, Loader, Skeleton, Stack, Text, ThemeIcon, Title, VisuallyHidden, Group } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
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

/** Grey bars in the shape of the rows on their way. */
export function SkeletonRows({ count, height }: { count: number; height: number }) {
  return (
    <Stack gap="xs" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <Skeleton key={i} height={height} />
      ))}
    </Stack>
  );
}

/**
 * The faces of a query that lists things: loading (also while a changed filter's answer is on
 * its way, so old rows never pass for new ones), failed with a way to retry, empty, and the data.
 */
export function QueryView<T>({
  query,
  loadingLabel,
  skeleton,
  placeholder,
  errorTitle,
  empty,
  isEmpty = (data) => Array.isArray(data) && data.length === 0,
  children,
}: {
  query: UseQueryResult<T>;
  loadingLabel: string;
  /** Rows to stand in while loading; a spinner without. */
  skeleton?: { count: number; height: number };
  /** Stand-ins in the shape of what is loading, where rows are not that shape. */
  placeholder?: ReactNode;
  errorTitle: string;
  empty: ReactNode;
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending || query.isPlaceholderData) {
    return <LoadingState label={loadingLabel}>{placeholder ?? (skeleton && <SkeletonRows {...skeleton} />)}</LoadingState>;
  }
  if (query.isError) {
    return <ErrorState title={errorTitle} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  return isEmpty(query.data) ? empty : children(query.data);
}
