import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { RoutePage } from '@/app/routes/route-page';
import { CheckIcon, PlusIcon } from '@/components/ui/icons';
import { paths } from '@/lib/paths';
import { browserTimeZone, formatDateTime, formatLocale } from '@/lib/time';
import type { Appointment } from '@/features/appointments/api/get-appointments';
import { AppointmentsAdmin } from '@/features/appointments/components/appointments-admin';
import { RescheduleConfirm } from '@/features/appointments/components/reschedule-dialog';
import { useAdminDoctors } from '@/features/doctors/api/get-admin-doctors';
import { PatientPicker } from '@/features/identity/components/patient-picker';
import type { Slot } from '@/features/scheduling/api/get-slots';
import { SlotWeekPicker } from '@/features/scheduling/components/slot-week-picker';

/** Hand-over from "Book for a patient" back to the list, which shows that patient's visits. */
export type AdminBookedState = { booked?: { patientName: string; doctorName: string; start: string } };

export function AdminAppointmentsRoute() {
  const { t, i18n } = useTranslation('appointments');
  const locale = formatLocale(i18n.language);
  const { state } = useLocation() as { state: (AdminBookedState & { patientName?: string }) | null };
  const [params, setParams] = useSearchParams();
  const patientId = params.get('patientId') ?? '';
  const [patientName, setPatientName] = useState<string | null>(state?.booked?.patientName ?? null);
  const [choosingPatient, setChoosingPatient] = useState(false);
  const [moving, setMoving] = useState<Appointment | null>(null);
  const [moved, setMoved] = useState<Appointment | null>(null);

  // The doctor filter offers listed doctors; until they load it offers "any doctor" only.
  const doctors = useAdminDoctors('LISTED');
  const options = (doctors.data ?? [])
    .map((doctor) => ({ value: String(doctor.id), label: doctor.fullName }))
    .sort((a, b) => a.label.localeCompare(b.label));

  const choosePatient = (id: string, name: string | null) => {
    setPatientName(name);
    setParams(id ? { patientId: id } : {}, { replace: true });
  };

  const patientFilter = (
    <Group gap="sm" wrap="wrap" align="center">
      <Text size="sm" fw={600}>
        {t('admin.patientFilter')}:
      </Text>
      <Text size="sm" aria-live="polite">
        {patientId ? t('admin.showingPatient', { patient: patientName ?? patientId }) : t('admin.anyPatient')}
      </Text>
      <Button size="xs" variant="light" onClick={() => setChoosingPatient(true)} aria-haspopup="dialog">
        {patientId ? t('admin.changePatient') : t('admin.choosePatient')}
      </Button>
      {patientId && (
        <Button size="xs" variant="subtle" onClick={() => choosePatient('', null)}>
          {t('admin.clearPatient')}
        </Button>
      )}
    </Group>
  );

  return (
    <RoutePage
      title={t('admin.title')}
      subtitle={t('admin.subtitle')}
      actions={
        <Button component={Link} to={paths.admin.newAppointment} leftSection={<PlusIcon size={16} />}>
          {t('admin.bookForPatient')}
        </Button>
      }
    >
      {state?.booked && (
        <Alert color="green" variant="light" icon={<CheckIcon />} title={t('admin.new.bookedTitle')} role="status">
          {t('admin.new.bookedText', { patient: state.booked.patientName, doctor: state.booked.doctorName, when: formatDateTime(state.booked.start, browserTimeZone(), locale) })}
        </Alert>
      )}
      {moved && (
        <Alert color="green" variant="light" icon={<CheckIcon />} title={t('admin.rescheduledTitle')} role="status" withCloseButton onClose={() => setMoved(null)}>
          {t('admin.rescheduledText', { patient: moved.patientName, doctor: moved.doctorName, when: formatDateTime(moved.start, browserTimeZone(), locale) })}
        </Alert>
      )}
      <AppointmentsAdmin doctors={options} patientId={patientId || undefined} patientFilter={patientFilter} onReschedule={setMoving} />
      <Modal opened={choosingPatient} onClose={() => setChoosingPatient(false)} title={t('admin.pickPatientTitle')} size="lg" closeButtonProps={{ 'aria-label': t('reschedule.close') }}>
        <PatientPicker
          selectedId={patientId || undefined}
          pickLabel={{ text: t('admin.choose'), label: (name) => t('admin.chooseLabel', { name }) }}
          onPick={(id, patient) => {
            choosePatient(id, patient.fullName);
            setChoosingPatient(false);
          }}
        />
      </Modal>
      <AdminRescheduleDialog
        appointment={moving}
        onClose={() => setMoving(null)}
        onRescheduled={(appointment) => {
          setMoving(null);
          setMoved(appointment);
        }}
      />
    </RoutePage>
  );
}

/** Any appointment, moved by an admin: first a new free time, then the same atomic move patients make. */
function AdminRescheduleDialog({
  appointment,
  onClose,
  onRescheduled,
}: {
  appointment: Appointment | null;
  onClose: () => void;
  onRescheduled: (appointment: Appointment) => void;
}) {
  const { t } = useTranslation('appointments');
  const [slot, setSlot] = useState<Slot | null>(null);
  const close = () => {
    setSlot(null);
    onClose();
  };
  return (
    <Modal opened={appointment !== null} onClose={close} title={t('admin.rescheduleTitle')} size="64rem" closeButtonProps={{ 'aria-label': t('reschedule.close') }}>
      {appointment &&
        (slot ? (
          <RescheduleConfirm
            appointment={appointment}
            slot={slot}
            onClose={() => setSlot(null)}
            backLabel={t('reschedule.backToTimes')}
            onRescheduled={(movedAppointment) => {
              setSlot(null);
              onRescheduled(movedAppointment);
            }}
          />
        ) : (
          <SlotWeekPicker
            doctorId={appointment.doctorId}
            doctorName={appointment.doctorName}
            doctorTimeZone={appointment.doctorTimeZone}
            nextFreeSlot={appointment.start}
            currentStart={appointment.start}
            heading={t('reschedule.pickHeading')}
            onPick={setSlot}
          />
        ))}
    </Modal>
  );
}
