import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export type Money = { amount: string; currency: string };

/** Where the doctor sees patients. */
export type Practice = { name: string; address: string; city: string; phone: string | null };

export type DoctorSummary = {
  id: string | number;
  fullName: string;
  specialty: string;
  bio: string | null;
  yearsOfExperience: number | null;
  /** ISO 639-1 codes: ["de", "en"]. */
  languages: string[];
  timeZone: string;
  consultationFee: Money | null;
  acceptingNewPatients: boolean;
  photoUrl: string | null;
  /** The soonest bookable start, or null when nothing is free within the booking horizon. */
  nextFreeSlot?: string | null;
  /** The doctor takes the fee at booking. */
  prepaymentRequired?: boolean;
  practice?: Practice | null;
};

export type Page<T> = { items: T[]; total: number; page: number; size: number };

/** How many doctors match each value, counted under the other filters (see the API). */
export type Facet = { value: string; count: number };
export type DoctorFacets = { specialties: Facet[]; languages: Facet[] };
export type DoctorPage = Page<DoctorSummary> & { facets: DoctorFacets };

export const DOCTOR_SORTS = ['relevance', 'soonest', 'name', 'fee'] as const;
export type DoctorSort = (typeof DOCTOR_SORTS)[number];

export type DoctorSearch = {
  specialty?: string;
  /** Searched by the server in names, specialties and profile text. */
  q?: string;
  /** ISO 639-1 code. */
  language?: string;
  /** Applied by the server across all pages. */
  sort?: DoctorSort;
  page?: number;
  size?: number;
};

/** `GET /api/doctors`: one page of the directory, sorted and counted by the server. */
export async function getDoctors(search: DoctorSearch = {}, { signal }: { signal?: AbortSignal } = {}): Promise<DoctorPage> {
  const { specialty, q, language, sort, page = 0, size = 20 } = search;
  const result = await api.get<Page<DoctorSummary> & { facets?: Partial<DoctorFacets> }>('/api/doctors', {
    params: { specialty, q, language, sort, page, size },
    signal,
  });
  return { ...result, facets: { specialties: result.facets?.specialties ?? [], languages: result.facets?.languages ?? [] } };
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
