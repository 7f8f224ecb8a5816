import { Button, Card, Group, NativeSelect, Pagination, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation, useSearchParams } from 'react-router';
import { SearchIcon, StethoscopeIcon } from '@/components/ui/icons';
import { EmptyState, QueryView } from '@/components/ui/query-state';
import { formatLocale } from '@/lib/time';
import { DOCTOR_SORTS, useDoctors, type DoctorSort, type DoctorSummary, type Facet } from '@/features/doctors/api/get-doctors';
import { DoctorCard } from '@/features/doctors/components/doctor-card';
import { formatLanguage, formatSpecialty } from '@/features/doctors/components/format';

const PAGE_SIZE = 12;

/** A facet's values as options, "German (3)", keeping the current choice even when nothing matches it now. */
export function facetOptions(facets: Facet[], selected: string, label: (value: string) => string, locale: string) {
  const list = selected && !facets.some((f) => f.value === selected) ? [...facets, { value: selected, count: 0 }] : facets;
  return list
    .map(({ value, count }) => ({ value, label: `${label(value)} (${count})` }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

/**
 * Find a doctor: one search box (names, specialties, profile text), specialty and language
 * filters with the server's counts, and the server's sort order across all pages. The filters
 * live in the URL so the back button from a profile returns to the same list.
 */
export function DoctorSearch({ doctorHref }: { doctorHref: (id: DoctorSummary['id']) => string }) {
  const { t, i18n } = useTranslation(['doctors', 'common']);
  const locale = formatLocale(i18n.language);
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const specialty = params.get('specialty') ?? '';
  const language = params.get('language') ?? '';
  const requested = params.get('sort') as DoctorSort | null;
  // Relevance means something only against a search; the server's defaults, made visible.
  const sort: DoctorSort = requested && DOCTOR_SORTS.includes(requested) && (requested !== 'relevance' || q) ? requested : q ? 'relevance' : 'name';
  const page = Math.max(1, Number(params.get('page')) || 1);

  const [text, setText] = useState(q);
  const [debouncedText] = useDebouncedValue(text.trim(), 300);
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
  // search to this page's URL would replace that navigation and bring the patient back here.
  const leaving = useNavigation().state !== 'idle';
  useEffect(() => {
    if (debouncedText !== q && !leaving) update({ q: debouncedText });
    // Only the typed text drives this; the other filters update the URL directly.
  }, [debouncedText]);

  const doctors = useDoctors({
    q: q || undefined,
    specialty: specialty || undefined,
    language: language || undefined,
    sort,
    page: page - 1,
    size: PAGE_SIZE,
  });
  const facets = doctors.data?.facets;
  const pages = doctors.data ? Math.max(1, Math.ceil(doctors.data.total / PAGE_SIZE)) : 1;
  const filtered = Boolean(q || specialty || language);
  const sorts = DOCTOR_SORTS.filter((value) => value !== 'relevance' || q);

  return (
    <Stack gap="lg">
      <Card role="search" aria-label={t('search.filtersLabel')} padding="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <TextInput
            type="search"
            label={t('search.query')}
            description={t('search.queryHint')}
            leftSection={<SearchIcon size={18} />}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <NativeSelect
            label={t('search.specialty')}
            value={specialty}
            onChange={(event) => update({ specialty: event.currentTarget.value })}
            disabled={!facets}
            data={[
              { value: '', label: facets ? t('search.anySpecialty') : t('common:loading') },
              ...facetOptions(facets?.specialties ?? [], specialty, formatSpecialty, locale),
            ]}
          />
          <NativeSelect
            label={t('search.language')}
            value={language}
            onChange={(event) => update({ language: event.currentTarget.value })}
            disabled={!facets}
            data={[
              { value: '', label: facets ? t('search.anyLanguage') : t('common:loading') },
              ...facetOptions(facets?.languages ?? [], language, (code) => formatLanguage(code, locale), locale),
            ]}
          />
          <NativeSelect
            label={t('search.sort')}
            value={sort}
            onChange={(event) => update({ sort: event.currentTarget.value })}
            data={sorts.map((value) => ({ value, label: t(`search.sorts.${value}`) }))}
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
              {t('search.count', { count: doctors.data.total })}
            </Text>
          )}
        </Group>

        <QueryView
          query={doctors}
          loadingLabel={t('preview.loading')}
          skeleton={{ count: 3, height: 180 }}
          errorTitle={t('preview.errorTitle')}
          isEmpty={(data) => data.items.length === 0}
          empty={
            <EmptyState
              icon={<StethoscopeIcon size={26} />}
              title={filtered ? t('search.emptyTitle') : t('preview.emptyTitle')}
              text={filtered ? t('search.emptyText') : t('preview.emptyText')}
              action={
                filtered ? (
                  <Button
                    variant="light"
                    onClick={() => {
                      setText('');
                      setParams(new URLSearchParams(), { replace: true });
                    }}
                  >
                    {t('search.clear')}
                  </Button>
                ) : undefined
              }
            />
          }
        >
          {(data) => (
            <Stack gap="lg">
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {data.items.map((doctor) => (
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
        </QueryView>
      </section>
    </Stack>
  );
}
