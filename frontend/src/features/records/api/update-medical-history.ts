import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import { patientRecordQueryKey, type PatientRecord } from '@/features/records/api/get-patient-record';

export const MEDICAL_HISTORY_MAX_LENGTH = 20_000;

// Messages are i18n keys in the `records` namespace.
export const medicalHistoryInputSchema = z.object({
  text: z.string().max(MEDICAL_HISTORY_MAX_LENGTH, { error: 'validation.historyTooLong' }),
});

export type MedicalHistoryInput = z.infer<typeof medicalHistoryInputSchema>;
export type MedicalHistory = { medicalHistory: string; historyUpdatedAt: string | null };

export function updateMedicalHistory(patientId: string, input: MedicalHistoryInput): Promise<MedicalHistory> {
  return api.put<MedicalHistory>(`/api/patients/${encodeURIComponent(patientId)}/medical-history`, input);
}

export function useUpdateMedicalHistory(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MedicalHistoryInput) => updateMedicalHistory(patientId, input),
    onSuccess: (history) =>
      queryClient.setQueryData<PatientRecord>(patientRecordQueryKey(patientId), (record) => record && { ...record, ...history }),
  });
}
