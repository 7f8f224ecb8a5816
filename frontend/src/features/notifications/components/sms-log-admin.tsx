import { Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardField, DataCard, DataList, type DataColumn } from '@/components/ui/data-list';
import { SearchCard } from '@/components/ui/filter-card';
import { BellIcon } from '@/components/ui/icons';
import { EmptyState } from '@/components/ui/query-state';
import { browserTimeZone, formatDateTime, formatLocale } from '@/lib/time';
import { ADMIN_NOTIFICATIONS_LIMIT, useAdminNotifications } from '@/features/notifications/api/get-admin-notifications';
import { NOTIFICATION_STATUSES, type NotificationStatus, type SmsNotification } from '@/features/notifications/api/get-notifications';
import { NotificationStatusBadge, SmsProviderBadge } from '@/features/notifications/components/notification-badges';

/** Every text message to every user, newest first, narrowed to one status if asked. */
export function SmsLogAdmin() {
  const { t } = useTranslation('notifications');
  const [status, setStatus] = useState<'' | NotificationStatus>('');
  const messages = useAdminNotifications(status ? { status } : {});
  const when = useWhen();
  const kind = (message: SmsNotification) => t(`kind.${message.kind}`, { defaultValue: message.kind });

  const columns: DataColumn<SmsNotification>[] = [
    { key: 'due', header: t('admin.due'), cell: (m) => <Text size="sm">{when(m.sendAfter)}</Text> },
    {
      key: 'recipient',
      header: t('admin.recipient'),
      cell: (m) => (
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {m.recipientName}
        </Text>
      ),
    },
    {
      key: 'number',
      header: t('admin.number'),
      cell: (m) => (
        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
          {m.toNumber}
        </Text>
      ),
    },
    {
      key: 'kind',
      header: t('admin.kind'),
      maw: 320,
      cell: (m) => (
        <>
          <Text size="sm" fw={600}>
            {kind(m)}
          </Text>
          <Text size="xs" c="gray.7" lineClamp={2} title={m.message}>
            {m.message}
          </Text>
        </>
      ),
    },
    { key: 'status', header: t('admin.statusColumn'), cell: (m) => <Badges message={m} /> },
    {
      key: 'attempts',
      header: t('admin.attempts'),
      align: 'right',
      cell: (m) => (
        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {m.attempts}
        </Text>
      ),
    },
    { key: 'sent', header: t('admin.sent'), cell: (m) => <Text size="sm">{m.sentAt ? when(m.sentAt) : t('admin.none')}</Text> },
    { key: 'lastError', header: t('admin.lastError'), maw: 240, cell: (m) => <LastError error={m.lastError} /> },
  ];

  return (
    <Stack gap="md">
      <SearchCard label={t('admin.filtersLabel')}>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('admin.status')}
            value={status}
            onChange={(event) => setStatus(event.currentTarget.value as '' | NotificationStatus)}
            data={[{ value: '', label: t('admin.allStatuses') }, ...NOTIFICATION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
            style={{ flex: '0 1 16rem' }}
          />
        </Group>
      </SearchCard>

      <DataList
        query={messages}
        heading={{
          id: 'sms-log-heading',
          title: t('admin.log'),
          count: (data) => (data.length >= ADMIN_NOTIFICATIONS_LIMIT ? t('admin.limitNote', { count: data.length }) : t('admin.count', { count: data.length })),
        }}
        loadingLabel={t('admin.loading')}
        errorTitle={t('admin.errorTitle')}
        empty={<EmptyState icon={<BellIcon size={26} />} title={t('admin.emptyTitle')} text={status ? t('admin.emptyFilteredText') : t('admin.emptyText')} />}
        above={(data) =>
          data.some((message) => message.provider === 'log') && (
            <Text size="sm" c="gray.7">
              {t('admin.testModeNote')}
            </Text>
          )
        }
        columns={columns}
        minWidth={1100}
        rowKey={(m) => m.id}
        card={(message) => (
          <DataCard titleId={`sms-${message.id}`} title={`${message.recipientName} · ${kind(message)}`} aside={<Badges message={message} />}>
            <CardField label={t('admin.number')}>{message.toNumber}</CardField>
            <Text size="sm" c="gray.9" style={{ overflowWrap: 'anywhere' }}>
              {message.message}
            </Text>
            <CardField label={t('admin.due')}>{when(message.sendAfter)}</CardField>
            <CardField label={t('admin.sent')}>{message.sentAt ? when(message.sentAt) : t('admin.none')}</CardField>
            <CardField label={t('admin.attempts')}>{String(message.attempts)}</CardField>
            <CardField label={t('admin.lastError')} block>
              <LastError error={message.lastError} />
            </CardField>
          </DataCard>
        )}
      />
    </Stack>
  );
}

function useWhen() {
  const { i18n } = useTranslation('notifications');
  const locale = formatLocale(i18n.language);
  const zone = browserTimeZone();
  return (instant: string) => formatDateTime(instant, zone, locale, { day: 'numeric', month: 'short', year: 'numeric' });
}

function Badges({ message }: { message: SmsNotification }) {
  return (
    <Group gap={4}>
      <NotificationStatusBadge status={message.status} miw="max-content" />
      {message.provider && <SmsProviderBadge provider={message.provider} miw="max-content" />}
    </Group>
  );
}

function LastError({ error }: { error: string | null }) {
  const { t } = useTranslation('notifications');
  return error ? (
    <Text size="xs" c="red.9" style={{ overflowWrap: 'anywhere' }}>
      {error}
    </Text>
  ) : (
    <Text size="sm" c="gray.7">
      {t('admin.none')}
    </Text>
  );
}
