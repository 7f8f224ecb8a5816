import { Button, Stack, Tabs } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CalendarIcon } from '@/components/ui/icons';
import { EmptyState, QueryView } from '@/components/ui/query-state';
import { browserTimeZone } from '@/lib/time';
import { useAppointments, type Appointment } from '@/features/appointments/api/get-appointments';
import { CancelAppointmentDialog } from '@/features/appointments/components/cancel-appointment-dialog';
import { byStart, isUpcoming } from '@/features/appointments/components/format';
import { PatientAppointmentCard } from '@/features/appointments/components/patient-appointment-card';

type Tab = 'upcoming' | 'past' | 'cancelled';
const TABS: Tab[] = ['upcoming', 'past', 'cancelled'];

/**
 * Upcoming first, soonest on top; past visits newest on top; cancelled ones apart, whenever
 * they would have been, so a cancelled visit next week never passes for a past one.
 */
export function groupPatientAppointments(list: Appointment[], now: number = Date.now()): Record<Tab, Appointment[]> {
  const cancelled = list.filter((a) => a.status === 'CANCELLED').sort((a, b) => byStart(b, a));
  const live = list.filter((a) => a.status !== 'CANCELLED');
  return {
    upcoming: live.filter((a) => isUpcoming(a, now)).sort(byStart),
    past: live.filter((a) => !isUpcoming(a, now)).sort((a, b) => byStart(b, a)),
    cancelled,
  };
}

/** A patient's appointments, upcoming first, with what they can still do about each. */
export function MyAppointments({ highlightId, findDoctorHref, clinicPhone }: { highlightId?: string; findDoctorHref: string; clinicPhone?: string | null }) {
  const { t } = useTranslation('appointments');
  const appointments = useAppointments();
  const findDoctor = (
    <Button component={Link} to={findDoctorHref}>
      {t('mine.findDoctor')}
    </Button>
  );

  return (
    <QueryView
      query={appointments}
      loadingLabel={t('mine.loading')}
      skeleton={{ count: 3, height: 132 }}
      errorTitle={t('mine.errorTitle')}
      empty={<EmptyState icon={<CalendarIcon size={26} />} title={t('mine.empty.upcoming.title')} text={t('mine.empty.upcoming.text')} action={findDoctor} />}
    >
      {(list) => <AppointmentTabs list={list} highlightId={highlightId} findDoctor={findDoctor} clinicPhone={clinicPhone} />}
    </QueryView>
  );
}

function AppointmentTabs({
  list,
  highlightId,
  findDoctor,
  clinicPhone,
}: {
  list: Appointment[];
  highlightId?: string;
  findDoctor: ReactNode;
  clinicPhone?: string | null;
}) {
  const { t } = useTranslation('appointments');
  const [tab, setTab] = useState<Tab>('upcoming');
  const [cancelling, setCancelling] = useState<Appointment | null>(null);
  const timeZone = browserTimeZone();
  const groups = groupPatientAppointments(list);

  return (
    <>
      <Tabs value={tab} onChange={(value) => setTab((value as Tab) ?? 'upcoming')} keepMounted={false}>
        <Tabs.List mb="lg">
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`mine.tabs.${value}`, { count: groups[value].length })}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((value) => (
          <Tabs.Panel key={value} value={value}>
            {groups[value].length === 0 ? (
              <EmptyState
                icon={<CalendarIcon size={26} />}
                title={t(`mine.empty.${value}.title`)}
                text={t(`mine.empty.${value}.text`)}
                action={value === 'upcoming' ? findDoctor : undefined}
              />
            ) : (
              <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
                {groups[value].map((appointment) => (
                  <li key={appointment.id}>
                    <PatientAppointmentCard
                      appointment={appointment}
                      timeZone={timeZone}
                      highlighted={appointment.id === highlightId}
                      onCancel={() => setCancelling(appointment)}
                      clinicPhone={clinicPhone}
                    />
                  </li>
                ))}
              </Stack>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
      <CancelAppointmentDialog appointment={cancelling} onClose={() => setCancelling(null)} actor="PATIENT" clinicPhone={clinicPhone} />
    </>
  );
}
