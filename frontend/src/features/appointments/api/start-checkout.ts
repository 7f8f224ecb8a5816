import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api-client';
import { queryRoots } from '@/lib/query-keys';

/** `POST /api/appointments/{id}/checkout`: where the browser goes to pay. */
export type CheckoutSession = {
  paymentId: string;
  /** An in-app path (`/test-checkout/<paymentId>`) in test mode, a Stripe checkout URL otherwise. */
  url: string;
  testMode: boolean;
};

/**
 * Opens (or reopens) the checkout for the patient's own appointment. No body: the server knows
 * the fee. 409 when it is paid already or there is nothing to pay, 404 when it is not theirs.
 */
export function startCheckout(appointmentId: string): Promise<CheckoutSession> {
  return api.post<CheckoutSession>(`/api/appointments/${encodeURIComponent(appointmentId)}/checkout`);
}

export function useStartCheckout({ onSuccess }: { onSuccess?: (session: CheckoutSession) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startCheckout,
    onSuccess: (session) => {
      void queryClient.invalidateQueries({ queryKey: queryRoots.payments });
      onSuccess?.(session);
    },
    // A 409 or 404 means the appointment is not what the list shows (paid, cancelled): refresh it.
    onError: (error) => {
      if (isApiError(error) && (error.status === 409 || error.status === 404)) {
        void queryClient.invalidateQueries({ queryKey: queryRoots.appointments });
      }
    },
  });
}
