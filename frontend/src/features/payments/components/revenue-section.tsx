import { Card, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '@/components/ui/data-list';
import { CardIcon } from '@/components/ui/icons';
import { EmptyState, QueryView } from '@/components/ui/query-state';
import { useFormatAmount } from '@/lib/money';
import { formatDateKey, formatLocale } from '@/lib/time';
import type { DateRange } from '@/features/payments/api/get-admin-payments';
import { useRevenue, type Revenue } from '@/features/payments/api/get-revenue';

const figures = { fontVariantNumeric: 'tabular-nums' } as const;

/** Revenue in the range: in total per currency, per day and per doctor. */
export function RevenueSection({ range }: { range: DateRange }) {
  const { t } = useTranslation('payments');
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
      <QueryView
        query={revenue}
        loadingLabel={t('admin.loadingRevenue')}
        errorTitle={t('admin.revenueErrorTitle')}
        isEmpty={(data) => data.totals.length === 0}
        empty={<EmptyState icon={<CardIcon size={26} />} title={t('admin.noRevenueTitle')} text={t('admin.noRevenueText')} />}
        placeholder={
          <Stack gap="md" aria-hidden="true">
            <Skeleton height={96} radius="lg" maw={320} />
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Skeleton height={180} radius="lg" />
              <Skeleton height={180} radius="lg" />
            </SimpleGrid>
          </Stack>
        }
      >
        {(data) => <RevenueTables revenue={data} />}
      </QueryView>
    </section>
  );
}

type Day = Revenue['byDay'][number];
type DoctorRow = Revenue['byDoctor'][number];

function RevenueTables({ revenue }: { revenue: Revenue }) {
  const { t, i18n } = useTranslation('payments');
  const locale = formatLocale(i18n.language);
  const money = useFormatAmount();
  const days = [...revenue.byDay].sort((a, b) => b.date.localeCompare(a.date) || a.currency.localeCompare(b.currency));
  const amount: DataColumn<{ amount: number | string; currency: string }> = {
    key: 'amount',
    header: t('admin.amount'),
    align: 'right',
    cell: (row) => <span style={figures}>{money(row.amount, row.currency)}</span>,
  };
  const dayColumns: DataColumn<Day>[] = [
    { key: 'date', header: t('admin.date'), cell: (day) => formatDateKey(day.date, locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }) },
    amount,
  ];
  const doctorColumns: DataColumn<DoctorRow>[] = [
    { key: 'doctor', header: t('admin.doctor'), cell: (row) => <span style={{ overflowWrap: 'anywhere' }}>{row.doctorName}</span> },
    { key: 'payments', header: t('admin.payments'), align: 'right', cell: (row) => <span style={figures}>{row.payments}</span> },
    amount,
  ];
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
        {revenue.totals.map((total) => (
          <Card key={total.currency} padding="md">
            <Text size="sm" c="gray.7" fw={600}>
              {t('admin.totalLabel', { currency: total.currency })}
            </Text>
            <Text fz="1.75rem" fw={700} c="gray.9" style={figures}>
              {money(total.amount, total.currency)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <TableCard id="revenue-by-day-heading" title={t('admin.byDay')}>
          <DataTable items={days} columns={dayColumns} rowKey={(day) => `${day.date}-${day.currency}`} minWidth={280} labelledBy="revenue-by-day-heading" compact />
        </TableCard>
        <TableCard id="revenue-by-doctor-heading" title={t('admin.byDoctor')}>
          <DataTable items={revenue.byDoctor} columns={doctorColumns} rowKey={(row) => `${row.doctorId}-${row.currency}`} minWidth={320} labelledBy="revenue-by-doctor-heading" compact />
        </TableCard>
      </SimpleGrid>
    </Stack>
  );
}

function TableCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card padding={0} component="section" aria-labelledby={id}>
      <Title order={3} id={id} px="md" pt="md" pb="xs">
        {title}
      </Title>
      {children}
    </Card>
  );
}
