import { Alert, Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AlertIcon, BellIcon } from '@/components/ui/icons';
import { EmptyState, QueryView } from '@/components/ui/query-state';
import { paths } from '@/lib/paths';
import { browserTimeZone, formatDateTime, formatLocale } from '@/lib/time';
import { useMyNotifications, type SmsNotification } from '@/features/notifications/api/get-notifications';
import { messageTime } from '@/features/notifications/components/format';
import { NotificationStatusBadge, SmsProviderBadge } from '@/features/notifications/components/notification-badges';

const profileLink = <Anchor component={Link} to={paths.profile} />;

/** Newest first: by when the message was written; of two written together, the later one first. */
export function newestFirst(messages: SmsNotification[]): SmsNotification[] {
  return [...messages].sort(
    (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || Date.parse(b.sendAfter) - Date.parse(a.sendAfter) || b.id.localeCompare(a.id),
  );
}

/**
 * The text messages about the signed-in user's appointments, newest first: what went out and the
 * reminders still to come. `phone` is the number on their profile; without one, or until it is
 * confirmed (`phoneVerified`), nothing but the code to confirm it is sent.
 */
export function MyMessages({ phone, phoneVerified = true }: { phone?: string | null; phoneVerified?: boolean }) {
  const { t } = useTranslation('notifications');
  const messages = useMyNotifications();
  const zone = browserTimeZone();

  const noPhone = !phone && (
    <Alert color="blue" variant="light" icon={<AlertIcon />}>
      <Trans t={t} i18nKey="mine.noPhone" components={{ profile: profileLink }} />
    </Alert>
  );

  const unconfirmed = phone && !phoneVerified && (
    <Alert color="orange" variant="light" icon={<AlertIcon />}>
      <Trans t={t} i18nKey="mine.unconfirmed" components={{ profile: profileLink }} />
    </Alert>
  );

  return (
    <Stack gap="md">
      {noPhone}
      {unconfirmed}
      <QueryView
        query={messages}
        loadingLabel={t('mine.loading')}
        skeleton={{ count: 3, height: 120 }}
        errorTitle={t('mine.errorTitle')}
        empty={
          <EmptyState
            icon={<BellIcon size={26} />}
            title={t('mine.emptyTitle')}
            headingOrder={2}
            text={<Trans t={t} i18nKey="mine.emptyText" components={{ profile: profileLink }} />}
          />
        }
      >
        {(data) => (
          <Stack gap="md" component="section" aria-labelledby="messages-list-heading">
            <Stack gap={2}>
              <Group justify="space-between" gap="xs" align="baseline">
                <Title order={2} fz="h3" id="messages-list-heading">
                  {t('mine.listHeading')}
                </Title>
                <Text size="sm" c="gray.7" aria-live="polite">
                  {t('mine.count', { count: data.length })}
                </Text>
              </Group>
              {data.some((message) => message.provider === 'log') && (
                <Text size="sm" c="gray.7">
                  {t('mine.loggedOnly')}
                </Text>
              )}
            </Stack>
            <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {newestFirst(data).map((message) => (
                <li key={message.id}>
                  <MessageCard message={message} zone={zone} />
                </li>
              ))}
            </Stack>
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}

function MessageCard({ message, zone }: { message: SmsNotification; zone: string }) {
  const { t, i18n } = useTranslation('notifications');
  const locale = formatLocale(i18n.language);
  const time = messageTime(message);
  const titleId = `message-${message.id}`;
  const loggedOnly = message.provider === 'log' && (message.status === 'SENT' || message.status === 'DELIVERED');

  return (
    <Card component="article" padding="md" aria-labelledby={titleId} data-status={message.status}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Title order={3} fz="h4" id={titleId}>
            {t(`kind.${message.kind}`, { defaultValue: message.kind })}
          </Title>
          <Group gap={4}>
            <NotificationStatusBadge status={message.status} />
            {loggedOnly && message.provider && <SmsProviderBadge provider={message.provider} />}
          </Group>
        </Group>
        <Text
          size="sm"
          c="gray.9"
          bg="gray.0"
          p="sm"
          style={{ borderRadius: 'var(--mantine-radius-md)', overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}
        >
          {message.message}
        </Text>
        <Group gap="xs" c="gray.7" fz="sm" wrap="wrap">
          <Text span size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {t('mine.to', { number: message.toNumber })}
          </Text>
          <Text span size="sm" aria-hidden="true">
            ·
          </Text>
          <Text span size="sm">
            {t(`time.${time.label}`, { time: formatDateTime(time.at, zone, locale) })}
          </Text>
        </Group>
        {message.status === 'CANCELLED' && (
          <Text size="sm" c="gray.7">
            {t('mine.cancelledNote')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
