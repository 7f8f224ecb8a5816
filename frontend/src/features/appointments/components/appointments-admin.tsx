import { Group, NativeSelect, Pagination, SimpleGrid, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataList } from '@/components/ui/data-list';
import { DateRangeFields, FilterCard, isRangeInvalid } from '@/components/ui/filter-card';
import { CalendarIcon } from '@/components/ui/icons';
import { EmptyState } from '@/components/ui/query-state';
import { addDays, browserTimeZone, startOfDayIn } from '@/lib/time';
import { APPOINTMENT_STATUSES, useAppointmentsPage, type Appointment, type AppointmentFilter, type AppointmentStatus } from '@/features/appointments/api/get-appointments';
import { useAdminAppointmentList } from '@/features/appointments/components/appointments-admin-list';
import { byStart } from '@/features/appointments/components/format';

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

  const rangeInvalid = isRangeInvalid(filters);
  const query: AppointmentFilter = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.from ? { from: startOfDayIn(filters.from, zone).toISOString() } : {}),
    ...(filters.to && !rangeInvalid ? { to: startOfDayIn(addDays(filters.to, 1), zone).toISOString() } : {}),
    ...(filters.doctorId ? { doctorId: filters.doctorId } : {}),
    ...(patientId ? { patientId } : {}),
  };
  const list = useAdminAppointmentList({ zone, onReschedule });
  const appointments = useAppointmentsPage({ ...query, page: page - 1, size: ADMIN_PAGE_SIZE });
  const pages = appointments.data ? Math.max(1, Math.ceil(appointments.data.total / ADMIN_PAGE_SIZE)) : 1;

  return (
    <Stack gap="md">
      <FilterCard headingId="filters-heading" title={t('admin.filters')} resetLabel={t('admin.clear')} onReset={() => set(EMPTY)} resetDisabled={filters === EMPTY}>
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
          <DateRangeFields value={filters} onChange={set} labels={{ from: t('admin.from'), to: t('admin.to'), invalid: t('admin.rangeInvalid') }} />
        </SimpleGrid>
        {patientFilter}
      </FilterCard>

      <DataList
        query={appointments}
        rows={(data) => [...data.items].sort(byStart)}
        heading={{ id: 'results-heading', title: t('admin.results'), count: (data) => t('admin.count', { count: data.total }) }}
        loadingLabel={t('admin.loading')}
        errorTitle={t('admin.errorTitle')}
        empty={<EmptyState icon={<CalendarIcon size={26} />} title={t('admin.emptyTitle')} text={t('admin.emptyText')} />}
        below={() =>
          pages > 1 && (
            <Group justify="center">
              <Pagination
                total={pages}
                value={page}
                onChange={setPage}
                getControlProps={(control) => ({ 'aria-label': t(`admin.pagination.${control}`) })}
                getItemProps={(value) => ({ 'aria-label': t('admin.pagination.page', { page: value }) })}
              />
            </Group>
          )
        }
        minWidth={900}
        rowKey={(a) => a.id}
        {...list}
      />
    </Stack>
  );
}
