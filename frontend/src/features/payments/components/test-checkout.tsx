import { Alert, Badge, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AlertIcon, CheckIcon } from '@/components/ui/icons';
import { ErrorState, LoadingState } from '@/components/ui/query-state';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/form-errors';
import { formatAmount } from '@/lib/money';
import { browserTimeZone, formatDateTime, formatLocale } from '@/lib/time';
import { useCompleteTestCheckout, type TestCheckoutInput } from '@/features/payments/api/complete-test-checkout';
import { usePayment, type Payment } from '@/features/payments/api/get-payment';

type TestCheckoutProps = {
  paymentId: string;
  /** Where "Back to my appointments" leads. */
  appointmentsHref: string;
  /** The viewer's zone; the browser's unless a test says otherwise. */
  timeZone?: string;
};

/**
 * The in-app checkout of test mode, clearly labelled as such: the patient picks whether the
 * payment goes through or is declined, then sees the outcome. Nothing is charged either way.
 */
export function TestCheckout({ paymentId, appointmentsHref, timeZone }: TestCheckoutProps) {
  const { t } = useTranslation('payments');
  const payment = usePayment(paymentId);
  const complete = useCompleteTestCheckout();

  if (payment.isPending) {
    return (
      <LoadingState label={t('testCheckout.loading')}>
        <Skeleton height={320} radius="lg" maw={560} aria-hidden="true" />
      </LoadingState>
    );
  }
  if (payment.isError) {
    const notFound = isApiError(payment.error) && payment.error.status === 404;
    return (
      <Stack gap="md" align="flex-start">
        <ErrorState
          title={notFound ? t('testCheckout.notFoundTitle') : t('testCheckout.errorTitle')}
          error={payment.error}
          onRetry={notFound ? undefined : () => void payment.refetch()}
          retrying={payment.isFetching}
        />
        <Button component={Link} to={appointmentsHref} variant="default">
          {t('testCheckout.back')}
        </Button>
      </Stack>
    );
  }

  const p = payment.data;
  const settle = (outcome: TestCheckoutInput['outcome']) => complete.mutate({ paymentId: p.id, input: { outcome } });
  const choosing = complete.isPending ? complete.variables?.input.outcome : undefined;
  const open = p.status === 'OPEN';

  return (
    <Card component="section" aria-labelledby="test-checkout-heading" maw={560} style={{ borderTop: '4px solid var(--mantine-color-orange-6)' }}>
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={2} id="test-checkout-heading" fz="h3">
            {t('testCheckout.cardTitle')}
          </Title>
          <Badge color="orange" variant="light" size="lg" radius="sm" tt="none" fw={750}>
            {t('testCheckout.badge')}
          </Badge>
        </Group>
        <Alert color="orange" variant="light" icon={<AlertIcon />} p="sm" role="note">
          <Text size="sm" fw={600}>
            {t('testCheckout.noRealMoney')}
          </Text>
        </Alert>

        <PaymentSummary payment={p} timeZone={timeZone} />

        {open && p.provider === 'test' ? (
          <Stack gap="sm">
            {complete.isError && (
              <Alert color="red" variant="light" icon={<AlertIcon />} role="alert" title={t('testCheckout.failedTitle')}>
                {describeError(complete.error)}
              </Alert>
            )}
            <Group gap="sm" wrap="wrap">
              <Button size="md" onClick={() => settle('pay')} loading={choosing === 'pay'} disabled={complete.isPending}>
                {t('testCheckout.pay')}
              </Button>
              <Button size="md" variant="default" onClick={() => settle('fail')} loading={choosing === 'fail'} disabled={complete.isPending}>
                {t('testCheckout.decline')}
              </Button>
            </Group>
          </Stack>
        ) : open ? (
          <Stack gap="sm" align="flex-start">
            <Alert color="blue" variant="light" icon={<AlertIcon />} title={t('testCheckout.notTestTitle')} role="note">
              {t('testCheckout.notTestText')}
            </Alert>
            <Button component={Link} to={appointmentsHref} variant="default">
              {t('testCheckout.back')}
            </Button>
          </Stack>
        ) : (
          <CheckoutResult payment={p} appointmentsHref={appointmentsHref} />
        )}
      </Stack>
    </Card>
  );
}

function PaymentSummary({ payment, timeZone }: { payment: Payment; timeZone?: string }) {
  const { t, i18n } = useTranslation('payments');
  const locale = formatLocale(i18n.language);
  const zone = timeZone ?? browserTimeZone();
  const rows = [
    { label: t('testCheckout.doctor'), value: payment.doctorName },
    {
      label: t('testCheckout.when'),
      value: formatDateTime(payment.start, zone, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
    },
    { label: t('testCheckout.amount'), value: formatAmount(payment.amount, payment.currency, locale) },
  ];
  return (
    <Stack component="dl" gap="xs" m={0}>
      {rows.map((row) => (
        <Group key={row.label} justify="space-between" gap="md" wrap="nowrap" align="baseline" py={4} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
          <Text component="dt" size="sm" c="gray.7">
            {row.label}
          </Text>
          <Text component="dd" m={0} fw={650} ta="right" style={{ overflowWrap: 'anywhere' }}>
            {row.value}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

const resultColor: Record<Payment['status'], string> = {
  OPEN: 'orange',
  PAID: 'green',
  FAILED: 'red',
  EXPIRED: 'gray',
  REFUNDED: 'violet',
};

function CheckoutResult({ payment, appointmentsHref }: { payment: Payment; appointmentsHref: string }) {
  const { t, i18n } = useTranslation('payments');
  const locale = formatLocale(i18n.language);
  const amount = formatAmount(payment.status === 'REFUNDED' ? payment.refundedAmount : payment.amount, payment.currency, locale);
  return (
    <Stack gap="md" align="flex-start">
      <Alert
        color={resultColor[payment.status]}
        variant="light"
        icon={payment.status === 'PAID' ? <CheckIcon /> : <AlertIcon />}
        title={t(`testCheckout.result.${payment.status}.title`)}
        role="status"
        w="100%"
      >
        <Text size="sm">{t(`testCheckout.result.${payment.status}.text`, { doctor: payment.doctorName, amount })}</Text>
      </Alert>
      <Button component={Link} to={appointmentsHref}>
        {t('testCheckout.back')}
      </Button>
    </Stack>
  );
}
