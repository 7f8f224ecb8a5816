import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryRoots } from '@/lib/query-keys';
import type { DoctorView } from '@/features/doctors/api/get-doctor';

export function approveDoctor(id: string): Promise<DoctorView> {
  return api.post<DoctorView>(`/api/admin/doctors/${encodeURIComponent(id)}/approve`);
}

export function useApproveDoctor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: approveDoctor,
    // The doctor moves from pending to listed and appears in the patients' search.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryRoots.doctors }),
  });
}
