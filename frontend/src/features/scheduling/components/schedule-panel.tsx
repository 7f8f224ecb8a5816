import { ActionIcon, Button, Card, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FailureAlert } from '@/components/ui/form-fields';
import { PlusIcon, TrashIcon } from '@/components/ui/icons';
import { EmptyState, QueryView } from '@/components/ui/query-state';
import type { Schedule } from '@/features/scheduling/api/get-schedule';

/**
 * A card of dated exceptions to the weekly hours (date overrides, time off): its heading, a way to
 * add one, the form while adding, and the list with its loading, failed and empty faces.
 */
export function SchedulePanel({
  headingId,
  title,
  text,
  addLabel,
  onAdd,
  form,
  removal,
  schedule,
  loadingLabel,
  errorTitle,
  isEmpty,
  empty,
  children,
}: {
  headingId: string;
  title: string;
  text: string;
  addLabel: string;
  /** Absent while the form is open or the schedule has not loaded. */
  onAdd?: () => void;
  form?: ReactNode;
  removal: { error: unknown; reset: () => void };
  schedule: UseQueryResult<Schedule>;
  loadingLabel: string;
  errorTitle: string;
  isEmpty: (schedule: Schedule) => boolean;
  empty: { icon: ReactNode; title: string; text: string };
  children: (schedule: Schedule) => ReactNode;
}) {
  const { t } = useTranslation('common');
  return (
    <Card component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} style={{ flex: '1 1 14rem' }}>
            <Title order={2} id={headingId} fz="h3">
              {title}
            </Title>
            <Text size="sm" c="dimmed">
              {text}
            </Text>
          </Stack>
          {onAdd && (
            <Button variant="light" leftSection={<PlusIcon size={16} />} onClick={onAdd}>
              {addLabel}
            </Button>
          )}
        </Group>
        {form}
        <FailureAlert error={removal.error} onDismiss={removal.reset} dismissLabel={t('dismiss')} />
        <QueryView
          query={schedule}
          loadingLabel={loadingLabel}
          skeleton={{ count: 2, height: 44 }}
          errorTitle={errorTitle}
          isEmpty={isEmpty}
          empty={<EmptyState withCard={false} {...empty} />}
        >
          {(data) => (
            <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
              {children(data)}
            </Stack>
          )}
        </QueryView>
      </Stack>
    </Card>
  );
}

/** One exception in the list: what it is, and a button that removes it. */
export function SchedulePanelRow({
  children,
  removeTooltip,
  removeLabel,
  removing,
  onRemove,
}: {
  children: ReactNode;
  removeTooltip: string;
  removeLabel: string;
  removing: boolean;
  onRemove: () => void;
}) {
  return (
    <Group component="li" justify="space-between" gap="sm" py="sm" wrap="nowrap" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
      <Stack gap={0} style={{ minWidth: 0 }}>
        {children}
      </Stack>
      <Tooltip label={removeTooltip} openDelay={400}>
        <ActionIcon variant="subtle" color="gray" size="lg" loading={removing} aria-label={removeLabel} onClick={onRemove}>
          <TrashIcon size={18} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
