import { Button, Card, Group, NativeSelect, Pagination, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation, useSearchParams } from 'react-router';
import { SearchIcon, StethoscopeIcon } from '@/components/ui/icons';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-state';
import { formatLocale, toDate } from '@/lib/time';
import { useDoctors, type DoctorSummary } from '@/features/doctors/api/get-doctors';
import { useSpecialties } from '@/features/doctors/api/get-specialties';
import { DoctorCard } from '@/features/doctors/components/doctor-card';
import { DoctorCardSkeleton } from '@/features/doctors/components/doctors-preview';
import { formatLanguage, formatSpecialty } from '@/features/doctors/components/format';

const PAGE_SIZE = 12;
// The API has no list of spoken languages; these cover the clinic's patients.
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'tr', 'ar', 'ru', 'uk', 'zh'];
type Sort = 'relevance' | 'soonest';

/**
 * Find a doctor: by name, specialty and language, sorted by soonest availability if asked.
 * The filters live in the URL so the back button from a profile returns to the same list.
 */
export function DoctorSearch({ doctorHref }: { doctorHref: (id: DoctorSummary['id']) => string }) {
  const { t, i18n } = useTranslation(['doctors', 'common']);
  const locale = formatLocale(i18n.language);
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const specialty = params.get('specialty') ?? '';
  const language = params.get('language') ?? '';
  const sort: Sort = params.get('sort') === 'soonest' ? 'soonest' : 'relevance';
  const page = Math.max(1, Number(params.get('page')) || 1);

  const [name, setName] = useState(q);
  const [debouncedName] = useDebouncedValue(name.trim(), 300);
  const update = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next, { replace: true });
  };
  // While a navigation away is loading (a doctor's page opened within the debounce), writing the
  // name to this page's URL would replace that navigation and bring the patient back here.
  const leaving = useNavigation().state !== 'idle';
  useEffect(() => {
    if (debouncedName !== q && !leaving) update({ q: debouncedName });
    // Only the typed name drives this; the other filters update the URL directly.
  }, [debouncedName]);

  const specialties = useSpecialties();
  const doctors = useDoctors({ q: q || undefined, specialty: specialty || undefined, language: language || undefined, page: page - 1, size: PAGE_SIZE });
  const items = doctors.data ? sortDoctors(doctors.data.items, sort) : [];
  const pages = doctors.data ? Math.max(1, Math.ceil(doctors.data.total / PAGE_SIZE)) : 1;
  const filtered = Boolean(q || specialty || language);

  return (
    <Stack gap="lg">
      <Card role="search" aria-label={t('search.filtersLabel')} padding="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <TextInput
            type="search"
            label={t('search.name')}
            placeholder={t('search.namePlaceholder')}
            leftSection={<SearchIcon size={18} />}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <NativeSelect
            label={t('search.specialty')}
            value={specialty}
            onChange={(event) => update({ specialty: event.currentTarget.value })}
            disabled={specialties.isPending}
            description={specialties.isError ? t('search.specialtiesError') : undefined}
            data={[
              { value: '', label: specialties.isPending ? t('common:loading') : t('search.anySpecialty') },
              ...(specialties.data ?? []).map((value) => ({ value, label: formatSpecialty(value) })),
            ]}
          />
          <NativeSelect
            label={t('search.language')}
            value={language}
            onChange={(event) => update({ language: event.currentTarget.value })}
            data={[
              { value: '', label: t('search.anyLanguage') },
              ...LANGUAGES.map((code) => ({ value: code, label: formatLanguage(code, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale)),
            ]}
          />
          <NativeSelect
            label={t('search.sort')}
            value={sort}
            onChange={(event) => update({ sort: event.currentTarget.value === 'soonest' ? 'soonest' : '' })}
            data={[
              { value: 'relevance', label: t('search.sortRelevance') },
              { value: 'soonest', label: t('search.sortSoonest') },
            ]}
          />
        </SimpleGrid>
      </Card>

      <section aria-labelledby="results-heading">
        <Group justify="space-between" mb="sm" gap="xs">
          <Title order={2} id="results-heading" fz="h3">
            {t('search.results')}
          </Title>
          {doctors.data && (
            <Text size="sm" c="gray.7" aria-live="polite">
              {t('search.count', { count: language ? items.length : doctors.data.total })}
            </Text>
          )}
        </Group>

        {doctors.isPending || doctors.isPlaceholderData ? (
          <LoadingState label={t('preview.loading')}>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" aria-hidden="true">
              {Array.from({ length: 3 }, (_, i) => (
                <DoctorCardSkeleton key={i} />
              ))}
            </SimpleGrid>
          </LoadingState>
        ) : doctors.isError ? (
          <ErrorState title={t('preview.errorTitle')} error={doctors.error} onRetry={() => void doctors.refetch()} retrying={doctors.isFetching} />
        ) : items.length === 0 ? (
          <EmptyState
            icon={<StethoscopeIcon size={26} />}
            title={filtered ? t('search.emptyTitle') : t('preview.emptyTitle')}
            text={filtered ? t('search.emptyText') : t('preview.emptyText')}
            action={
              filtered ? (
                <Button
                  variant="light"
                  onClick={() => {
                    setName('');
                    setParams(new URLSearchParams(), { replace: true });
                  }}
                >
                  {t('search.clear')}
                </Button>
              ) : undefined
            }
          />
        ) : (
          <Stack gap="lg">
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {items.map((doctor) => (
                <li key={doctor.id}>
                  <DoctorCard doctor={doctor} href={doctorHref(doctor.id)} />
                </li>
              ))}
            </SimpleGrid>
            {pages > 1 && (
              <Group justify="center">
                <Pagination
                  total={pages}
                  value={page}
                  onChange={(value) => update({ page: value > 1 ? String(value) : '' })}
                  getControlProps={(control) => ({ 'aria-label': t(`search.pagination.${control}`) })}
                  getItemProps={(value) => ({ 'aria-label': t('search.pagination.page', { page: value }) })}
                />
              </Group>
            )}
          </Stack>
        )}
      </section>
    </Stack>
  );
}

/** Soonest first puts doctors with nothing free at the end, in their original order. */
function sortDoctors(doctors: DoctorSummary[], sort: Sort): DoctorSummary[] {
  if (sort !== 'soonest') return doctors;
  const at = (d: DoctorSummary) => (d.nextFreeSlot ? toDate(d.nextFreeSlot).getTime() : Number.POSITIVE_INFINITY);
  return [...doctors].sort((a, b) => at(a) - at(b));
}
