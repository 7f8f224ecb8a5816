import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CardField, DataCard, DataList, type DataColumn } from '@/components/ui/data-list';
import { CardIcon } from '@/components/ui/icons';
import { EmptyState } from '@/components/ui/query-state';
import { useFormatAmount } from '@/lib/money';
import { browserTimeZone, formatDateTime, formatLocale } from '@/lib/time';
import { useAdminPayments, type AdminPayment, type DateRange } from '@/features/payments/api/get-admin-payments';
import { PaymentStateBadge, ProviderBadge } from '@/features/payments/components/payment-badges';

/** Every payment created in the range: a table on wide screens, cards on phones. */
export function PaymentLog({ range }: { range: DateRange }) {
  const { t } = useTranslation('payments');
  const payments = useAdminPayments(range);
  const format = useFormatters();

  const columns: DataColumn<AdminPayment>[] = [
    { key: 'created', header: t('admin.created'), cell: (p) => <Text size="sm">{format.when(p.createdAt)}</Text> },
    { key: 'patient', header: t('admin.patient'), cell: (p) => <Text size="sm" fw={600}>{p.patientName}</Text> },
    { key: 'doctor', header: t('admin.doctor'), cell: (p) => <Text size="sm">{p.doctorName}</Text> },
    { key: 'appointment', header: t('admin.appointment'), cell: (p) => <Text size="sm">{format.when(p.start)}</Text> },
    {
      key: 'amount',
      header: t('admin.amount'),
      align: 'right',
      cell: (p) => (
        <>
          <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {format.amount(p)}
          </Text>
          <Refunded payment={p} size="xs" />
        </>
      ),
    },
    { key: 'status', header: t('admin.status'), cell: (p) => <PaymentStateBadge status={p.status} miw="max-content" /> },
    { key: 'provider', header: t('admin.provider'), cell: (p) => <ProviderBadge provider={p.provider} miw="max-content" /> },
    { key: 'transaction', header: t('admin.transaction'), maw: 220, cell: (p) => <TransactionId id={p.transactionId} /> },
  ];

  return (
    <DataList
      query={payments}
      heading={{ id: 'payment-log-heading', title: t('admin.log'), count: (data) => t('admin.count', { count: data.length }) }}
      loadingLabel={t('admin.loadingLog')}
      errorTitle={t('admin.logErrorTitle')}
      empty={<EmptyState icon={<CardIcon size={26} />} title={t('admin.emptyLogTitle')} text={t('admin.emptyLogText')} />}
      columns={columns}
      minWidth={1000}
      rowKey={(p) => p.id}
      card={(payment) => (
        <DataCard
          titleId={`payment-${payment.id}`}
          title={`${payment.patientName} · ${format.amount(payment)}`}
          aside={
            <Group gap={4}>
              <PaymentStateBadge status={payment.status} />
              <ProviderBadge provider={payment.provider} />
            </Group>
          }
        >
          <Refunded payment={payment} size="sm" />
          <CardField label={t('admin.doctor')}>{payment.doctorName}</CardField>
          <CardField label={t('admin.appointment')}>{format.when(payment.start)}</CardField>
          <CardField label={t('admin.created')}>{format.when(payment.createdAt)}</CardField>
          <CardField label={t('admin.transaction')} block>
            <TransactionId id={payment.transactionId} />
          </CardField>
        </DataCard>
      )}
    />
  );
}

function useFormatters() {
  const { i18n } = useTranslation('payments');
  const locale = formatLocale(i18n.language);
  const zone = browserTimeZone();
  const money = useFormatAmount();
  return {
    when: (instant: string) => formatDateTime(instant, zone, locale, { day: 'numeric', month: 'short', year: 'numeric' }),
    amount: (payment: AdminPayment) => money(payment.amount, payment.currency),
  };
}

function Refunded({ payment, size }: { payment: AdminPayment; size: 'xs' | 'sm' }) {
  const { t } = useTranslation('payments');
  const money = useFormatAmount();
  if (!(Number(payment.refundedAmount) > 0)) return null;
  return (
    <Text size={size} c="gray.7">
      {t('admin.refunded', { amount: money(payment.refundedAmount, payment.currency) })}
    </Text>
  );
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
