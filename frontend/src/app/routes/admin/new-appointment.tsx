import { Button, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AdminBookedState } from '@/app/routes/admin/appointments';
import { RoutePage } from '@/app/routes/route-page';
import { formatAmount } from '@/lib/money';
import { paths } from '@/lib/paths';
import { formatLocale } from '@/lib/time';
import { BookAppointmentDialog, type BookingTarget } from '@/features/appointments/components/book-appointment-dialog';
import { useAdminDoctors } from '@/features/doctors/api/get-admin-doctors';
import { PatientPicker } from '@/features/identity/components/patient-picker';
import type { Slot } from '@/features/scheduling/api/get-slots';
import { SlotWeekPicker } from '@/features/scheduling/components/slot-week-picker';

/** Front desk: a patient, a doctor, a free time, then the same booking dialog patients use. */
export function AdminNewAppointmentRoute() {
  const { t, i18n } = useTranslation('appointments');
  const navigate = useNavigate();
  const [patient, setPatient] = useState<{ id: string; name: string } | null>(null);
  const [doctorId, setDoctorId] = useState('');
  const [target, setTarget] = useState<BookingTarget | null>(null);
  const doctors = useAdminDoctors('LISTED');
  const doctor = doctors.data?.find((d) => String(d.id) === doctorId);
  const options = (doctors.data ?? []).map((d) => ({ value: String(d.id), label: d.fullName })).sort((a, b) => a.label.localeCompare(b.label));

  const pick = (slot: Slot) => {
    if (!doctor || !patient) return;
    setTarget({
      doctorId: String(doctor.id),
      doctorName: doctor.fullName,
      doctorTimeZone: doctor.timeZone,
      slot,
      feeLabel: doctor.consultationFee ? formatAmount(doctor.consultationFee.amount, doctor.consultationFee.currency, formatLocale(i18n.language), { wholeWithoutCents: true }) : undefined,
      prepaymentRequired: doctor.prepaymentRequired,
      patient,
    });
  };

  return (
    <RoutePage title={t('admin.new.title')} subtitle={t('admin.new.subtitle')} back={{ to: paths.admin.appointments, label: t('admin.new.back') }} gap="lg">
      <Card component="section" aria-labelledby="step-patient">
        <Stack gap="sm">
          <Title order={2} fz="h3" id="step-patient">
            {t('admin.new.patientStep')}
          </Title>
          {patient ? (
            <Group gap="sm">
              <Text fw={600} role="status">
                {t('admin.new.selectedPatient', { patient: patient.name })}
              </Text>
              <Button size="xs" variant="subtle" onClick={() => setPatient(null)}>
                {t('admin.changePatient')}
              </Button>
            </Group>
          ) : (
            <PatientPicker
              pickLabel={{ text: t('admin.choose'), label: (name) => t('admin.chooseLabel', { name }) }}
              onPick={(id, picked) => setPatient({ id, name: picked.fullName })}
            />
          )}
        </Stack>
      </Card>
      <Card component="section" aria-labelledby="step-doctor">
        <Stack gap="sm">
          <Title order={2} fz="h3" id="step-doctor">
            {t('admin.new.doctorStep')}
          </Title>
          <NativeSelect
            label={t('admin.new.doctor')}
            value={doctorId}
            onChange={(event) => setDoctorId(event.currentTarget.value)}
            disabled={doctors.isPending}
            maw={420}
            data={[{ value: '', label: doctors.isPending ? t('admin.new.doctorsLoading') : t('admin.new.chooseDoctor') }, ...options]}
          />
        </Stack>
      </Card>

      {patient && doctor ? (
        <SlotWeekPicker
          key={doctorId}
          doctorId={String(doctor.id)}
          doctorName={doctor.fullName}
          doctorTimeZone={doctor.timeZone}
          nextFreeSlot={doctor.nextFreeSlot}
          heading={t('admin.new.timeStep')}
          onPick={pick}
        />
      ) : (
        <Text c="gray.7">{t('admin.new.pickFirst')}</Text>
      )}

      <BookAppointmentDialog
        target={target}
        onClose={() => setTarget(null)}
        onBooked={(appointment) =>
          navigate(`${paths.admin.appointments}?patientId=${encodeURIComponent(patient!.id)}`, {
            state: { booked: { patientName: patient!.name, doctorName: appointment.doctorName, start: appointment.start } } satisfies AdminBookedState,
          })
        }
      />
    </RoutePage>
  );
}
