import { Button, Card, Group, NativeSelect, SimpleGrid, Skeleton, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarIcon } from '@/components/ui/icons';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-state';
import { addDays, browserTimeZone, formatLocale, startOfDayIn } from '@/lib/time';
import {
  APPOINTMENT_STATUSES,
  useAppointments,
  type Appointment,
  type AppointmentFilter,
  type AppointmentStatus,
} from '@/features/appointments/api/get-appointments';
import { AppointmentActions } from '@/features/appointments/components/appointment-actions';
import { byStart, formatDay, formatTimeRange } from '@/features/appointments/components/format';
import { AppointmentStatusBadge, PaymentStatusBadge } from '@/features/appointments/components/status-badges';

type Filters = { status: '' | AppointmentStatus; from: string; to: string; doctorId: string };
const EMPTY: Filters = { status: '', from: '', to: '', doctorId: '' };

/** Every appointment in the clinic, filtered, with the moves an admin makes on anyone's behalf. */
export function AppointmentsAdmin({ doctors }: { doctors: { value: string; label: string }[] }) {
  const { t, i18n } = useTranslation('appointments');
  const locale = formatLocale(i18n.language);
  const zone = browserTimeZone();
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const set = (patch: Partial<Filters>) => setFilters((current) => ({ ...current, ...patch }));

  const query: AppointmentFilter = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.from ? { from: startOfDayIn(filters.from, zone).toISOString() } : {}),
    ...(filters.to ? { to: startOfDayIn(addDays(filters.to, 1), zone).toISOString() } : {}),
    ...(filters.doctorId ? { doctorId: filters.doctorId } : {}),
  };
  const appointments = useAppointments(query);
  const list = [...(appointments.data ?? [])].sort(byStart);
  const rangeInvalid = filters.from !== '' && filters.to !== '' && filters.to < filters.from;

  return (
    <Stack gap="md">
      <Card component="section" aria-labelledby="filters-heading" padding="md">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} id="filters-heading" fz="h4">
              {t('admin.filters')}
            </Title>
            <Button variant="subtle" size="xs" onClick={() => setFilters(EMPTY)} disabled={filters === EMPTY}>
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
        </Stack>
      </Card>

      <section aria-labelledby="results-heading">
        <Group justify="space-between" mb="sm">
          <Title order={2} id="results-heading" fz="h3">
            {t('admin.results')}
          </Title>
          {appointments.data && (
            <Text size="sm" c="gray.7" aria-live="polite">
              {t('admin.count', { count: list.length })}
            </Text>
          )}
        </Group>
        {appointments.isPending || appointments.isPlaceholderData ? (
          <LoadingState label={t('admin.loading')}>
            <Stack gap="xs" aria-hidden="true">
              {Array.from({ length: 4 }, (_, i) => (
                <Skeleton key={i} height={56} />
              ))}
            </Stack>
          </LoadingState>
        ) : appointments.isError ? (
          <ErrorState title={t('admin.errorTitle')} error={appointments.error} onRetry={() => void appointments.refetch()} retrying={appointments.isFetching} />
        ) : list.length === 0 ? (
          <EmptyState icon={<CalendarIcon size={26} />} title={t('admin.emptyTitle')} text={t('admin.emptyText')} />
        ) : wide ? (
          <Card padding={0}>
            <Table.ScrollContainer minWidth={900}>
              <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('admin.when')}</Table.Th>
                    <Table.Th scope="col">{t('admin.patient')}</Table.Th>
                    <Table.Th scope="col">{t('admin.doctor')}</Table.Th>
                    <Table.Th scope="col">{t('admin.statusColumn')}</Table.Th>
                    <Table.Th scope="col">{t('admin.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((appointment) => (
                    <Table.Tr key={appointment.id}>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {formatDay(appointment.start, zone, locale, false)}
                        </Text>
                        <Text size="sm" c="gray.7">
                          {formatTimeRange(appointment.start, appointment.end, zone, locale)} · {t(`visitType.${appointment.visitType}`)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{appointment.patientName}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{appointment.doctorName}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          <AppointmentStatusBadge status={appointment.status} />
                          <PaymentStatusBadge status={appointment.paymentStatus} />
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <AppointmentActions appointment={appointment} size="xs" />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {list.map((appointment) => (
              <li key={appointment.id}>
                <AdminAppointmentCard appointment={appointment} zone={zone} />
              </li>
            ))}
          </Stack>
        )}
      </section>
    </Stack>
  );
}

function AdminAppointmentCard({ appointment, zone }: { appointment: Appointment; zone: string }) {
  const { t, i18n } = useTranslation('appointments');
  const locale = formatLocale(i18n.language);
  return (
    <Card component="article" padding="md" aria-labelledby={`admin-appointment-${appointment.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Text fw={650} id={`admin-appointment-${appointment.id}`}>
            {formatDay(appointment.start, zone, locale, false)} · {formatTimeRange(appointment.start, appointment.end, zone, locale)}
          </Text>
          <Group gap={4}>
            <AppointmentStatusBadge status={appointment.status} />
            <PaymentStatusBadge status={appointment.paymentStatus} />
          </Group>
        </Group>
        <Text size="sm">
          <Text span size="sm" c="gray.7">
            {t('admin.patient')}:{' '}
          </Text>
          {appointment.patientName}
        </Text>
        <Text size="sm">
          <Text span size="sm" c="gray.7">
            {t('admin.doctor')}:{' '}
          </Text>
          {appointment.doctorName}
        </Text>
        <AppointmentActions appointment={appointment} size="xs" />
      </Stack>
    </Card>
  );
}
