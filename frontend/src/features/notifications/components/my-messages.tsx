import { Alert, Anchor, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AlertIcon, BellIcon } from '@/components/ui/icons';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-state';
import { paths } from '@/lib/paths';
import { browserTimeZone, formatDateTime, formatLocale } from '@/lib/time';
import { useMyNotifications, type SmsNotification } from '@/features/notifications/api/get-notifications';
import { messageTime } from '@/features/notifications/components/format';
import { NotificationStatusBadge, SmsProviderBadge } from '@/features/notifications/components/notification-badges';

const profileLink = <Anchor component={Link} to={paths.profile} />;

/**
 * The text messages about the signed-in user's appointments, newest first: what went out and the
 * reminders still to come. `phone` is the number on their profile; without one nothing is sent.
 */
export function MyMessages({ phone }: { phone?: string | null }) {
  const { t } = useTranslation('notifications');
  const messages = useMyNotifications();
  const zone = browserTimeZone();

  const noPhone = !phone && (
    <Alert color="blue" variant="light" icon={<AlertIcon />}>
      <Trans t={t} i18nKey="mine.noPhone" components={{ profile: profileLink }} />
    </Alert>
  );

  if (messages.isPending) {
    return (
      <LoadingState label={t('mine.loading')}>
        <Stack gap="md" aria-hidden="true">
          {Array.from({ length: 3 }, (_, i) => (
            <Skeleton key={i} height={120} radius="lg" />
          ))}
        </Stack>
      </LoadingState>
    );
  }
  if (messages.isError) {
    return <ErrorState title={t('mine.errorTitle')} error={messages.error} onRetry={() => void messages.refetch()} retrying={messages.isFetching} />;
  }
  if (messages.data.length === 0) {
    return (
      <Stack gap="md">
        {noPhone}
        <EmptyState
          icon={<BellIcon size={26} />}
          title={t('mine.emptyTitle')}
          headingOrder={2}
          text={<Trans t={t} i18nKey="mine.emptyText" components={{ profile: profileLink }} />}
        />
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      {noPhone}
      <Stack gap={2}>
        <Text size="sm" c="gray.7" aria-live="polite">
          {t('mine.count', { count: messages.data.length })}
        </Text>
        {messages.data.some((message) => message.provider === 'log') && (
          <Text size="sm" c="gray.7">
            {t('mine.loggedOnly')}
          </Text>
        )}
      </Stack>
      <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
        {messages.data.map((message) => (
          <li key={message.id}>
            <MessageCard message={message} zone={zone} />
          </li>
        ))}
      </Stack>
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
          <Title order={2} fz="h3" id={titleId}>
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
