import { Alert, Loader } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertIcon, CheckIcon } from '@/components/ui/icons';
import { formatAmount } from '@/lib/money';
import { queryRoots } from '@/lib/query-keys';
import { formatLocale } from '@/lib/time';
import { usePayment } from '@/features/payments/api/get-payment';

type PaymentReturnNoticeProps =
  | { paymentId: string; cancelled?: false; onDismiss: () => void }
  | { paymentId?: undefined; cancelled: true; onDismiss: () => void };

/**
 * What happened to the payment people come back from (the hosted checkout sends them to
 * "My appointments"). Providers confirm a little later, so an open payment is asked about
 * again every few seconds; once it settles, the appointments are refreshed.
 */
export function PaymentReturnNotice(props: PaymentReturnNoticeProps) {
  const { t } = useTranslation('payments');
  if (props.cancelled) {
    return (
      <Alert color="orange" variant="light" icon={<AlertIcon />} title={t('return.title')} role="status" withCloseButton closeButtonLabel={t('return.dismiss')} onClose={props.onDismiss}>
        {t('return.cancelled')}
      </Alert>
    );
  }
  return <PaidReturn paymentId={props.paymentId} onDismiss={props.onDismiss} />;
}

function PaidReturn({ paymentId, onDismiss }: { paymentId: string; onDismiss: () => void }) {
  const { t, i18n } = useTranslation('payments');
  const locale = formatLocale(i18n.language);
  const queryClient = useQueryClient();
  const payment = usePayment(paymentId, { pollWhileOpen: true });
  const status = payment.data?.status;

  useEffect(() => {
    if (status && status !== 'OPEN') void queryClient.invalidateQueries({ queryKey: queryRoots.appointments });
  }, [status, queryClient]);

  const common = { variant: 'light', title: t('return.title'), role: 'status', withCloseButton: true, closeButtonLabel: t('return.dismiss'), onClose: onDismiss } as const;
  if (payment.isPending) {
    return (
      <Alert {...common} color="blue" icon={<Loader size={18} />}>
        {t('return.checking')}
      </Alert>
    );
  }
  if (payment.isError) {
    return (
      <Alert {...common} color="gray" icon={<AlertIcon />}>
        {t('return.error')}
      </Alert>
    );
  }
  const p = payment.data;
  const color = p.status === 'PAID' ? 'green' : p.status === 'OPEN' ? 'blue' : p.status === 'REFUNDED' ? 'violet' : 'orange';
  return (
    <Alert {...common} color={color} icon={p.status === 'PAID' ? <CheckIcon /> : p.status === 'OPEN' ? <Loader size={18} /> : <AlertIcon />}>
      {t(`return.${p.status}`, { amount: formatAmount(p.amount, p.currency, locale), doctor: p.doctorName })}
    </Alert>
  );
}
