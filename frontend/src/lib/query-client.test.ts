import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { currentUserQueryKey } from '@/lib/auth';
import { createQueryClient } from '@/lib/query-client';

describe('query client', () => {
  it('forgets the user when any query answers 401', async () => {
    const client = createQueryClient();
    client.setQueryData(currentUserQueryKey, { id: 1, email: 'a@b.co', fullName: 'A B', role: 'PATIENT' });

    await client
      .fetchQuery({
        queryKey: ['doctors'],
        queryFn: () => Promise.reject(new ApiError({ status: 401, title: 'Unauthorized' })),
      })
      .catch(() => undefined);

    expect(client.getQueryData(currentUserQueryKey)).toBeNull();
  });

  it('does not retry client errors', async () => {
    const client = createQueryClient();
    let calls = 0;
    await client
      .fetchQuery({
        queryKey: ['x'],
        queryFn: () => {
          calls += 1;
          return Promise.reject(new ApiError({ status: 404 }));
        },
        retry: client.getDefaultOptions().queries?.retry,
      })
      .catch(() => undefined);
    expect(calls).toBe(1);
  });
});
