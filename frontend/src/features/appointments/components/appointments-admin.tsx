import { Button, Card, Group, NativeSelect, Pagination, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarIcon } from '@/components/ui/icons';
import { EmptyState, QueryView } from '@/components/ui/query-state';
import { addDays, browserTimeZone, startOfDayIn } from '@/lib/time';
import { APPOINTMENT_STATUSES, useAppointmentsPage, type Appointment, type AppointmentFilter, type AppointmentStatus } from '@/features/appointments/api/get-appointments';
import { AppointmentsAdminList } from '@/features/appointments/components/appointments-admin-list';

type Filters = { status: '' | AppointmentStatus; from: string; to: string; doctorId: string };
const EMPTY: Filters = { status: '', from: '', to: '', doctorId: '' };
export const ADMIN_PAGE_SIZE = 50;

/**
 * Every appointment in the clinic, filtered and paged by the server, with the moves an admin
 * makes on anyone's behalf. The patient filter is the route's to compose (`patientFilter`);
 * rescheduling hands the appointment back to it (`onReschedule`).
 */
export function AppointmentsAdmin({
  doctors,
  patientId,
  patientFilter,
  onReschedule,
}: {
  doctors: { value: string; label: string }[];
  patientId?: string;
  patientFilter?: ReactNode;
  onReschedule?: (appointment: Appointment) => void;
}) {
  const { t } = useTranslation('appointments');
  const zone = browserTimeZone();
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [page, setPage] = useState(1);
  const set = (patch: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...patch }));
    setPage(1);
  };

  // A range that ends before it starts is the field's error, never a request the server refuses.
  const rangeInvalid = filters.from !== '' && filters.to !== '' && filters.to < filters.from;
  const query: AppointmentFilter = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.from ? { from: startOfDayIn(filters.from, zone).toISOString() } : {}),
    ...(filters.to && !rangeInvalid ? { to: startOfDayIn(addDays(filters.to, 1), zone).toISOString() } : {}),
    ...(filters.doctorId ? { doctorId: filters.doctorId } : {}),
    ...(patientId ? { patientId } : {}),
  };
  const appointments = useAppointmentsPage({ ...query, page: page - 1, size: ADMIN_PAGE_SIZE });
  const pages = appointments.data ? Math.max(1, Math.ceil(appointments.data.total / ADMIN_PAGE_SIZE)) : 1;

  return (
    <Stack gap="md">
      <Card component="section" aria-labelledby="filters-heading" padding="md">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} id="filters-heading" fz="h4">
              {t('admin.filters')}
            </Title>
            <Button variant="subtle" size="xs" onClick={() => set(EMPTY)} disabled={filters === EMPTY}>
              {t('admin.clear')}
            </Button>
          </Group>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            <NativeSelect
              label={t('admin.status')}
              value={filters.status}
              onChange={(event) => set({ status: event.currentTarget.value as Filters['status'] })}
              data={[{ value: '', label: t('admin.anyStatus') }, ...APPOINTMENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
            />
            <NativeSelect
              label={t('admin.doctor')}
              value={filters.doctorId}
              onChange={(event) => set({ doctorId: event.currentTarget.value })}
              data={[{ value: '', label: t('admin.anyDoctor') }, ...doctors]}
            />
            <TextInput type="date" label={t('admin.from')} value={filters.from} onChange={(event) => set({ from: event.currentTarget.value })} />
            <TextInput
              type="date"
              label={t('admin.to')}
              value={filters.to}
              onChange={(event) => set({ to: event.currentTarget.value })}
              error={rangeInvalid ? t('admin.rangeInvalid') : undefined}
            />
          </SimpleGrid>
          {patientFilter}
        </Stack>
      </Card>

      <section aria-labelledby="results-heading">
        <Group justify="space-between" mb="sm">
          <Title order={2} id="results-heading" fz="h3">
            {t('admin.results')}
          </Title>
          {appointments.data && (
            <Text size="sm" c="gray.7" aria-live="polite">
              {t('admin.count', { count: appointments.data.total })}
            </Text>
          )}
        </Group>
        <QueryView
          query={appointments}
          loadingLabel={t('admin.loading')}
          skeleton={{ count: 4, height: 56 }}
          errorTitle={t('admin.errorTitle')}
          isEmpty={(data) => data.items.length === 0}
          empty={<EmptyState icon={<CalendarIcon size={26} />} title={t('admin.emptyTitle')} text={t('admin.emptyText')} />}
        >
          {(data) => (
            <Stack gap="md">
              <AppointmentsAdminList list={data.items} zone={zone} onReschedule={onReschedule} />
              {pages > 1 && (
                <Group justify="center">
                  <Pagination
                    total={pages}
                    value={page}
                    onChange={setPage}
                    getControlProps={(control) => ({ 'aria-label': t(`admin.pagination.${control}`) })}
                    getItemProps={(value) => ({ 'aria-label': t('admin.pagination.page', { page: value }) })}
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
