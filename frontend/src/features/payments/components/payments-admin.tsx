import { Button, Card, Group, SimpleGrid, Skeleton, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardIcon } from '@/components/ui/icons';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-state';
import { formatAmount } from '@/lib/money';
import { addDays, browserTimeZone, formatDateKey, formatDateTime, formatLocale, todayKey } from '@/lib/time';
import { useAdminPayments, type AdminPayment, type DateRange } from '@/features/payments/api/get-admin-payments';
import { useRevenue, type Revenue } from '@/features/payments/api/get-revenue';
import { PaymentStateBadge, ProviderBadge } from '@/features/payments/components/payment-badges';

const DEFAULT_DAYS = 30;

/** The last 30 days up to today, in UTC: the server counts payment days in UTC. */
export function defaultPaymentRange(now: number = Date.now()): DateRange {
  const to = todayKey('UTC', now);
  return { from: addDays(to, 1 - DEFAULT_DAYS), to };
}

/** Revenue (in total, per day, per doctor) and the log of every payment, for a range of days. */
export function PaymentsAdmin() {
  const { t } = useTranslation('payments');
  const [draft, setDraft] = useState<DateRange>(defaultPaymentRange);
  // The last complete, ordered range: half-typed dates keep the previous results on screen.
  const [range, setRange] = useState<DateRange>(draft);
  const rangeInvalid = draft.from !== '' && draft.to !== '' && draft.to < draft.from;

  const change = (patch: Partial<DateRange>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (next.from && next.to && next.from <= next.to) setRange(next);
  };
  const reset = () => {
    const fresh = defaultPaymentRange();
    setDraft(fresh);
    setRange(fresh);
  };
  const isDefault = (() => {
    const fresh = defaultPaymentRange();
    return draft.from === fresh.from && draft.to === fresh.to;
  })();

  return (
    <Stack gap="xl">
      <Card component="section" aria-labelledby="payments-range-heading" padding="md">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} id="payments-range-heading" fz="h4">
              {t('admin.range')}
            </Title>
            <Button variant="subtle" size="xs" onClick={reset} disabled={isDefault}>
              {t('admin.lastDays')}
            </Button>
          </Group>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" maw={560}>
            <TextInput type="date" label={t('admin.from')} value={draft.from} max={draft.to || undefined} onChange={(event) => change({ from: event.currentTarget.value })} />
            <TextInput
              type="date"
              label={t('admin.to')}
              value={draft.to}
              min={draft.from || undefined}
              onChange={(event) => change({ to: event.currentTarget.value })}
              error={rangeInvalid ? t('admin.rangeInvalid') : undefined}
            />
          </SimpleGrid>
          <Text size="sm" c="gray.7">
            {t('admin.utcNote')}
          </Text>
        </Stack>
      </Card>

      <RevenueSection range={range} />
      <PaymentLog range={range} />
    </Stack>
  );
}

function RevenueSection({ range }: { range: DateRange }) {
  const { t, i18n } = useTranslation('payments');
  const locale = formatLocale(i18n.language);
  const revenue = useRevenue(range);

  return (
    <section aria-labelledby="revenue-heading">
      <Stack gap={2} mb="sm">
        <Title order={2} id="revenue-heading" fz="h3">
          {t('admin.revenue')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('admin.revenueNote')}
        </Text>
      </Stack>
      {revenue.isPending || revenue.isPlaceholderData ? (
        <LoadingState label={t('admin.loadingRevenue')}>
          <Stack gap="md" aria-hidden="true">
            <Skeleton height={96} radius="lg" maw={320} />
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Skeleton height={180} radius="lg" />
              <Skeleton height={180} radius="lg" />
            </SimpleGrid>
          </Stack>
        </LoadingState>
      ) : revenue.isError ? (
        <ErrorState title={t('admin.revenueErrorTitle')} error={revenue.error} onRetry={() => void revenue.refetch()} retrying={revenue.isFetching} />
      ) : revenue.data.totals.length === 0 ? (
        <EmptyState icon={<CardIcon size={26} />} title={t('admin.noRevenueTitle')} text={t('admin.noRevenueText')} />
      ) : (
        <RevenueTables revenue={revenue.data} locale={locale} />
      )}
    </section>
  );
}

function RevenueTables({ revenue, locale }: { revenue: Revenue; locale: string }) {
  const { t } = useTranslation('payments');
  const days = [...revenue.byDay].sort((a, b) => b.date.localeCompare(a.date) || a.currency.localeCompare(b.currency));
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
        {revenue.totals.map((total) => (
          <Card key={total.currency} padding="md">
            <Text size="sm" c="gray.7" fw={600}>
              {t('admin.totalLabel', { currency: total.currency })}
            </Text>
            <Text fz="1.75rem" fw={700} c="gray.9" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatAmount(total.amount, total.currency, locale)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card padding={0} component="section" aria-labelledby="revenue-by-day-heading">
          <Title order={3} id="revenue-by-day-heading" px="md" pt="md" pb="xs">
            {t('admin.byDay')}
          </Title>
          <Table.ScrollContainer minWidth={280}>
            <Table verticalSpacing="xs" horizontalSpacing="md" aria-labelledby="revenue-by-day-heading">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.date')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('admin.amount')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {days.map((day) => (
                  <Table.Tr key={`${day.date}-${day.currency}`}>
                    <Table.Td>{formatDateKey(day.date, locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' })}</Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatAmount(day.amount, day.currency, locale)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
        <Card padding={0} component="section" aria-labelledby="revenue-by-doctor-heading">
          <Title order={3} id="revenue-by-doctor-heading" px="md" pt="md" pb="xs">
            {t('admin.byDoctor')}
          </Title>
          <Table.ScrollContainer minWidth={320}>
            <Table verticalSpacing="xs" horizontalSpacing="md" aria-labelledby="revenue-by-doctor-heading">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.doctor')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('admin.payments')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('admin.amount')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {revenue.byDoctor.map((row) => (
                  <Table.Tr key={`${row.doctorId}-${row.currency}`}>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.doctorName}</Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {row.payments}
                    </Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatAmount(row.amount, row.currency, locale)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

function PaymentLog({ range }: { range: DateRange }) {
  const { t } = useTranslation('payments');
  const payments = useAdminPayments(range);
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const zone = browserTimeZone();

  return (
    <section aria-labelledby="payment-log-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} id="payment-log-heading" fz="h3">
          {t('admin.log')}
        </Title>
        {payments.data && !payments.isPlaceholderData && (
          <Text size="sm" c="gray.7" aria-live="polite">
            {t('admin.count', { count: payments.data.length })}
          </Text>
        )}
      </Group>
      {payments.isPending || payments.isPlaceholderData ? (
        <LoadingState label={t('admin.loadingLog')}>
          <Stack gap="xs" aria-hidden="true">
            {Array.from({ length: 4 }, (_, i) => (
              <Skeleton key={i} height={56} />
            ))}
          </Stack>
        </LoadingState>
      ) : payments.isError ? (
        <ErrorState title={t('admin.logErrorTitle')} error={payments.error} onRetry={() => void payments.refetch()} retrying={payments.isFetching} />
      ) : payments.data.length === 0 ? (
        <EmptyState icon={<CardIcon size={26} />} title={t('admin.emptyLogTitle')} text={t('admin.emptyLogText')} />
      ) : wide ? (
        <Card padding={0}>
          <Table.ScrollContainer minWidth={1000}>
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-labelledby="payment-log-heading">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.created')}</Table.Th>
                  <Table.Th scope="col">{t('admin.patient')}</Table.Th>
                  <Table.Th scope="col">{t('admin.doctor')}</Table.Th>
                  <Table.Th scope="col">{t('admin.appointment')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('admin.amount')}
                  </Table.Th>
                  <Table.Th scope="col">{t('admin.status')}</Table.Th>
                  <Table.Th scope="col">{t('admin.provider')}</Table.Th>
                  <Table.Th scope="col">{t('admin.transaction')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {payments.data.map((payment) => (
                  <PaymentRow key={payment.id} payment={payment} zone={zone} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {payments.data.map((payment) => (
            <li key={payment.id}>
              <PaymentCard payment={payment} zone={zone} />
            </li>
          ))}
        </Stack>
      )}
    </section>
  );
}

function useFormatters(zone: string) {
  const { t, i18n } = useTranslation('payments');
  const locale = formatLocale(i18n.language);
  return {
    when: (instant: string) => formatDateTime(instant, zone, locale, { day: 'numeric', month: 'short', year: 'numeric' }),
    amount: (payment: AdminPayment) => formatAmount(payment.amount, payment.currency, locale),
    refunded: (payment: AdminPayment) =>
      Number(payment.refundedAmount) > 0 ? t('admin.refunded', { amount: formatAmount(payment.refundedAmount, payment.currency, locale) }) : null,
  };
}

function TransactionId({ id }: { id: string | null }) {
  const { t } = useTranslation('payments');
  return id ? (
    <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
      {id}
    </Text>
  ) : (
    <Text size="sm" c="gray.7">
      {t('admin.none')}
    </Text>
  );
}

function PaymentRow({ payment, zone }: { payment: AdminPayment; zone: string }) {
  const format = useFormatters(zone);
  const refunded = format.refunded(payment);
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm">{format.when(payment.createdAt)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={600}>
          {payment.patientName}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{payment.doctorName}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{format.when(payment.start)}</Text>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {format.amount(payment)}
        </Text>
        {refunded && (
          <Text size="xs" c="gray.7">
            {refunded}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <PaymentStateBadge status={payment.status} miw="max-content" />
      </Table.Td>
      <Table.Td>
        <ProviderBadge provider={payment.provider} miw="max-content" />
      </Table.Td>
      <Table.Td maw={220}>
        <TransactionId id={payment.transactionId} />
      </Table.Td>
    </Table.Tr>
  );
}

function PaymentCard({ payment, zone }: { payment: AdminPayment; zone: string }) {
  const { t } = useTranslation('payments');
  const format = useFormatters(zone);
  const refunded = format.refunded(payment);
  const titleId = `payment-${payment.id}`;
  return (
    <Card component="article" padding="md" aria-labelledby={titleId}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Text fw={650} id={titleId}>
            {payment.patientName} · {format.amount(payment)}
          </Text>
          <Group gap={4}>
            <PaymentStateBadge status={payment.status} />
            <ProviderBadge provider={payment.provider} />
          </Group>
        </Group>
        {refunded && (
          <Text size="sm" c="gray.7">
            {refunded}
          </Text>
        )}
        <Text size="sm">
          <Text span size="sm" c="gray.7">
            {t('admin.doctor')}:{' '}
          </Text>
          {payment.doctorName}
        </Text>
        <Text size="sm">
          <Text span size="sm" c="gray.7">
            {t('admin.appointment')}:{' '}
          </Text>
          {format.when(payment.start)}
        </Text>
        <Text size="sm">
          <Text span size="sm" c="gray.7">
            {t('admin.created')}:{' '}
          </Text>
          {format.when(payment.createdAt)}
        </Text>
        <Group gap={4} wrap="nowrap" align="baseline">
          <Text size="sm" c="gray.7" style={{ flex: 'none' }}>
            {t('admin.transaction')}:
          </Text>
          <TransactionId id={payment.transactionId} />
        </Group>
      </Stack>
    </Card>
  );
}
