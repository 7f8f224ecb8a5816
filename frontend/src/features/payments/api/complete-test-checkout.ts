import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, isApiError } from '@/lib/api-client';
import { queryRoots } from '@/lib/query-keys';
import { getPaymentQueryKey, type Payment } from '@/features/payments/api/get-payment';

export const TEST_CHECKOUT_OUTCOMES = ['pay', 'fail'] as const;

export const testCheckoutInputSchema = z.object({ outcome: z.enum(TEST_CHECKOUT_OUTCOMES) });
export type TestCheckoutInput = z.infer<typeof testCheckoutInputSchema>;

/**
 * `POST /api/payments/{id}/test-checkout`: the patient decides how a test-mode payment ends.
 * Only in test mode (404 otherwise); 409 once the payment is no longer open.
 */
export function completeTestCheckout(paymentId: string, input: TestCheckoutInput): Promise<Payment> {
  return api.post<Payment>(`/api/payments/${encodeURIComponent(paymentId)}/test-checkout`, input);
}

export function useCompleteTestCheckout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ paymentId, input }: { paymentId: string; input: TestCheckoutInput }) => completeTestCheckout(paymentId, input),
    onSuccess: (payment) => {
      queryClient.setQueryData(getPaymentQueryKey(payment.id), payment);
      void queryClient.invalidateQueries({ queryKey: queryRoots.appointments });
      void queryClient.invalidateQueries({ queryKey: queryRoots.payments, predicate: (query) => query.queryKey[1] !== 'detail' });
    },
    // Somebody (another tab, the hold expiring) settled it first: show what it is now.
    onError: (error, { paymentId }) => {
      if (isApiError(error) && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: getPaymentQueryKey(paymentId) });
      }
    },
  });
}
