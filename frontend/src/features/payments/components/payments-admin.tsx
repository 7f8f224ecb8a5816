import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateRangeFields, FilterCard } from '@/components/ui/filter-card';
import { addDays, todayKey } from '@/lib/time';
import type { DateRange } from '@/features/payments/api/get-admin-payments';
import { PaymentLog } from '@/features/payments/components/payment-log';
import { RevenueSection } from '@/features/payments/components/revenue-section';

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
  const fresh = defaultPaymentRange();
  const isDefault = draft.from === fresh.from && draft.to === fresh.to;

  return (
    <Stack gap="xl">
      <FilterCard headingId="payments-range-heading" title={t('admin.range')} resetLabel={t('admin.lastDays')} onReset={reset} resetDisabled={isDefault}>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" maw={560}>
          <DateRangeFields value={draft} onChange={change} labels={{ from: t('admin.from'), to: t('admin.to'), invalid: t('admin.rangeInvalid') }} bounded />
        </SimpleGrid>
        <Text size="sm" c="gray.7">
          {t('admin.utcNote')}
        </Text>
      </FilterCard>

      <RevenueSection range={range} />
      <PaymentLog range={range} />
    </Stack>
  );
}
