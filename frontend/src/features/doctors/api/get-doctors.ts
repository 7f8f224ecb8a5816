import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export type Money = { amount: string; currency: string };

export type DoctorSummary = {
  id: string | number;
  fullName: string;
  specialty: string;
  bio: string | null;
  yearsOfExperience: number | null;
  languages: string[];
  timeZone: string;
  consultationFee: Money | null;
  acceptingNewPatients: boolean;
  photoUrl: string | null;
};

export type Page<T> = { items: T[]; total: number; page: number; size: number };

export type DoctorSearch = {
  specialty?: string;
  q?: string;
  page?: number;
  size?: number;
};

export function getDoctors(search: DoctorSearch = {}, { signal }: { signal?: AbortSignal } = {}) {
  const { specialty, q, page = 0, size = 20 } = search;
  return api.get<Page<DoctorSummary>>('/api/doctors', {
    params: { specialty, q, page, size },
    signal,
  });
}

export function getDoctorsQueryOptions(search: DoctorSearch = {}) {
  return queryOptions({
    queryKey: ['doctors', 'list', search],
    queryFn: ({ signal }) => getDoctors(search, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useDoctors(search: DoctorSearch = {}) {
  return useQuery(getDoctorsQueryOptions(search));
}
