import { Card, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BellIcon } from '@/components/ui/icons';
import { EmptyState, QueryView } from '@/components/ui/query-state';
import { browserTimeZone, formatDateTime, formatLocale } from '@/lib/time';
import { ADMIN_NOTIFICATIONS_LIMIT, useAdminNotifications } from '@/features/notifications/api/get-admin-notifications';
import { NOTIFICATION_STATUSES, type NotificationStatus, type SmsNotification } from '@/features/notifications/api/get-notifications';
import { NotificationStatusBadge, SmsProviderBadge } from '@/features/notifications/components/notification-badges';

/** Every text message to every user, newest first, narrowed to one status if asked. */
export function SmsLogAdmin() {
  const { t } = useTranslation('notifications');
  const [status, setStatus] = useState<'' | NotificationStatus>('');
  const messages = useAdminNotifications(status ? { status } : {});
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const zone = browserTimeZone();

  return (
    <Stack gap="md">
      <Card padding="md" role="search" aria-label={t('admin.filtersLabel')}>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('admin.status')}
            value={status}
            onChange={(event) => setStatus(event.currentTarget.value as '' | NotificationStatus)}
            data={[{ value: '', label: t('admin.allStatuses') }, ...NOTIFICATION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
            style={{ flex: '0 1 16rem' }}
          />
        </Group>
      </Card>

      <section aria-labelledby="sms-log-heading">
        <Group justify="space-between" mb="sm">
          <Title order={2} id="sms-log-heading" fz="h3">
            {t('admin.log')}
          </Title>
          {messages.data && !messages.isPlaceholderData && (
            <Text size="sm" c="gray.7" aria-live="polite">
              {messages.data.length >= ADMIN_NOTIFICATIONS_LIMIT
                ? t('admin.limitNote', { count: messages.data.length })
                : t('admin.count', { count: messages.data.length })}
            </Text>
          )}
        </Group>
        <QueryView
          query={messages}
          loadingLabel={t('admin.loading')}
          skeleton={{ count: 4, height: 56 }}
          errorTitle={t('admin.errorTitle')}
          empty={<EmptyState icon={<BellIcon size={26} />} title={t('admin.emptyTitle')} text={status ? t('admin.emptyFilteredText') : t('admin.emptyText')} />}
        >
          {(data) => (
            <Stack gap="sm">
              {data.some((message) => message.provider === 'log') && (
                <Text size="sm" c="gray.7">
                  {t('admin.testModeNote')}
                </Text>
              )}
              {wide ? (
                <Card padding={0}>
                  <Table.ScrollContainer minWidth={1100}>
                    <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-labelledby="sms-log-heading">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t('admin.due')}</Table.Th>
                          <Table.Th scope="col">{t('admin.recipient')}</Table.Th>
                          <Table.Th scope="col">{t('admin.number')}</Table.Th>
                          <Table.Th scope="col">{t('admin.kind')}</Table.Th>
                          <Table.Th scope="col">{t('admin.statusColumn')}</Table.Th>
                          <Table.Th scope="col" ta="right">
                            {t('admin.attempts')}
                          </Table.Th>
                          <Table.Th scope="col">{t('admin.sent')}</Table.Th>
                          <Table.Th scope="col">{t('admin.lastError')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {data.map((message) => (
                          <MessageRow key={message.id} message={message} zone={zone} />
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </Card>
              ) : (
                <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
                  {data.map((message) => (
                    <li key={message.id}>
                      <MessageCard message={message} zone={zone} />
                    </li>
                  ))}
                </Stack>
              )}
            </Stack>
          )}
        </QueryView>
      </section>
    </Stack>
  );
}

function useWhen(zone: string) {
  const { i18n } = useTranslation('notifications');
  const locale = formatLocale(i18n.language);
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

function MessageRow({ message, zone }: { message: SmsNotification; zone: string }) {
  const { t } = useTranslation('notifications');
  const when = useWhen(zone);
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm">{when(message.sendAfter)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {message.recipientName}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
          {message.toNumber}
        </Text>
      </Table.Td>
      <Table.Td maw={320}>
        <Text size="sm" fw={600}>
          {t(`kind.${message.kind}`, { defaultValue: message.kind })}
        </Text>
        <Text size="xs" c="gray.7" lineClamp={2} title={message.message}>
          {message.message}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badges message={message} />
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {message.attempts}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{message.sentAt ? when(message.sentAt) : t('admin.none')}</Text>
      </Table.Td>
      <Table.Td maw={240}>
        <LastError error={message.lastError} />
      </Table.Td>
    </Table.Tr>
  );
}

function MessageCard({ message, zone }: { message: SmsNotification; zone: string }) {
  const { t } = useTranslation('notifications');
  const when = useWhen(zone);
  const titleId = `sms-${message.id}`;
  const field = (label: string, value: string) => (
    <Text size="sm">
      <Text span size="sm" c="gray.7">
        {label}:{' '}
      </Text>
      {value}
    </Text>
  );
  return (
    <Card component="article" padding="md" aria-labelledby={titleId}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Text fw={650} id={titleId} style={{ overflowWrap: 'anywhere' }}>
            {message.recipientName} · {t(`kind.${message.kind}`, { defaultValue: message.kind })}
          </Text>
          <Badges message={message} />
        </Group>
        {field(t('admin.number'), message.toNumber)}
        <Text size="sm" c="gray.9" style={{ overflowWrap: 'anywhere' }}>
          {message.message}
        </Text>
        {field(t('admin.due'), when(message.sendAfter))}
        {field(t('admin.sent'), message.sentAt ? when(message.sentAt) : t('admin.none'))}
        {field(t('admin.attempts'), String(message.attempts))}
        <Group gap={4} wrap="nowrap" align="baseline">
          <Text size="sm" c="gray.7" style={{ flex: 'none' }}>
            {t('admin.lastError')}:
          </Text>
          <LastError error={message.lastError} />
        </Group>
      </Stack>
    </Card>
  );
}
