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
  /** The soonest bookable start, or null when nothing is free within the booking horizon. */
  nextFreeSlot?: string | null;
};

export type Page<T> = { items: T[]; total: number; page: number; size: number };

export type DoctorSearch = {
  specialty?: string;
  q?: string;
  /** Not in the API contract yet: sent along, and applied to the page here as well. */
  language?: string;
  page?: number;
  size?: number;
};

export function getDoctors(search: DoctorSearch = {}, { signal }: { signal?: AbortSignal } = {}) {
  const { specialty, q, language, page = 0, size = 20 } = search;
  return api
    .get<Page<DoctorSummary>>('/api/doctors', {
      params: { specialty, q, language, page, size },
      signal,
    })
    .then((result) => (language ? { ...result, items: result.items.filter((d) => speaks(d, language)) } : result));
}

function speaks(doctor: DoctorSummary, language: string): boolean {
  return doctor.languages.some((spoken) => spoken.toLowerCase() === language.toLowerCase());
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
