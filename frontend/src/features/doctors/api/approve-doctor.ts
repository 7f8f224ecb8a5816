import { api } from '@/lib/api-client';
import { useApiMutation } from '@/lib/api-mutation';
import { queryRoots } from '@/lib/query-keys';
import type { DoctorView } from '@/features/doctors/api/get-doctor';

export function approveDoctor(id: string): Promise<DoctorView> {
  return api.post<DoctorView>(`/api/admin/doctors/${encodeURIComponent(id)}/approve`);
}

export function useApproveDoctor() {
  // The doctor moves from pending to listed and appears in the patients' search.
  return useApiMutation(approveDoctor, { invalidates: [queryRoots.doctors], awaitRefetch: true });
}
