import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';

type ApiMutationOptions<TResult, TInput> = {
  /** The query whose data the answer is: it is replaced without asking the server again. */
  sets?: QueryKey;
  /** The queries the change makes stale, refetched where they are shown. */
  invalidates?: QueryKey[] | ((result: TResult, input: TInput) => QueryKey[]);
  /** Stale whether the change went through or not (a refused booking still means slots moved). */
  invalidatesSettled?: QueryKey[];
  /** The mutation counts as done only once the stale queries are fetched again. */
  awaitRefetch?: boolean;
  onSuccess?: (result: TResult) => void;
};

/**
 * The shape every write to the API shares: send it, put the answer where it belongs, mark what it
 * changed as stale, then tell the caller. Failures stay on the mutation (`error`) for the form.
 */
export function useApiMutation<TInput, TResult>(
  mutationFn: (input: TInput) => Promise<TResult>,
  { sets, invalidates = [], invalidatesSettled = [], awaitRefetch = false, onSuccess }: ApiMutationOptions<TResult, TInput> = {},
) {
  const queryClient = useQueryClient();
  const invalidate = (keys: QueryKey[]) => Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  return useMutation({
    mutationFn,
    onSuccess: async (result: TResult, input: TInput) => {
      if (sets) queryClient.setQueryData(sets, result);
      const refetch = invalidate(typeof invalidates === 'function' ? invalidates(result, input) : invalidates);
      onSuccess?.(result);
      if (awaitRefetch) await refetch;
    },
    onSettled: invalidatesSettled.length > 0 ? () => void invalidate(invalidatesSettled) : undefined,
  });
}
