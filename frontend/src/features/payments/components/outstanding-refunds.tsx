import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CardIcon } from '@/components/ui/icons';
import { EmptyState, QueryView } from '@/components/ui/query-state';
import { formatAmount } from '@/lib/money';
import { browserTimeZone, formatDateTime, formatLocale } from '@/lib/time';
import { useOutstandingRefunds } from '@/features/payments/api/get-outstanding-refunds';

/** Money still owed to patients: refunds the provider has not accepted yet, retried by the server. */
export function OutstandingRefunds() {
  const { t, i18n } = useTranslation('payments');
  const locale = formatLocale(i18n.language);
  const refunds = useOutstandingRefunds();
  return (
    <section aria-labelledby="refunds-owed-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} id="refunds-owed-heading" fz="h3">
            {t('admin.refundsOwed')}
          </Title>
          {refunds.data && refunds.data.length > 0 && (
            <Badge color="red" variant="light">
              {t('admin.refundsOwedCount', { count: refunds.data.length })}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="gray.7">
          {t('admin.refundsOwedNote')}
        </Text>
        <QueryView
          query={refunds}
          loadingLabel={t('admin.refundsOwedLoading')}
          skeleton={{ count: 1, height: 56 }}
          errorTitle={t('admin.refundsOwedError')}
          empty={<EmptyState icon={<CardIcon size={26} />} title={t('admin.noRefundsOwedTitle')} text={t('admin.noRefundsOwedText')} />}
        >
          {(list) => (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {list.map((refund) => (
                <Card component="li" key={refund.paymentId} padding="sm" withBorder>
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Stack gap={0}>
                      <Text fw={650}>
                        {t('admin.refundOwedTo', { patient: refund.patientName, amount: formatAmount(refund.amount.amount, refund.amount.currency, locale) })}
                      </Text>
                      <Text size="sm" c="gray.7">
                        {t('admin.refundOwedMeta', {
                          doctor: refund.doctorName,
                          when: formatDateTime(refund.cancelledAt, browserTimeZone(), locale),
                          count: refund.attempts,
                        })}
                      </Text>
                      {refund.lastError && (
                        <Text size="sm" c="red.9" style={{ overflowWrap: 'anywhere' }}>
                          {t('admin.refundLastAnswer', { error: refund.lastError })}
                        </Text>
                      )}
                    </Stack>
                  </Group>
                </Card>
              ))}
            </Stack>
          )}
        </QueryView>
      </Stack>
    </section>
  );
}
