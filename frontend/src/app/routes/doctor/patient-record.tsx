import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RoutePage } from '@/app/routes/route-page';
import { AlertIcon } from '@/components/ui/icons';
import { paths } from '@/lib/paths';
import { useAppointments } from '@/features/appointments/api/get-appointments';
import { usePatientRecord } from '@/features/records/api/get-patient-record';
import { PatientRecordLoader, ReportDownloadLink } from '@/features/records/components/patient-record-view';

export function PatientRecordRoute() {
  const { t } = useTranslation('records');
  const { patientId = '' } = useParams();
  // The same query the record below uses: answered once, read twice.
  const record = usePatientRecord(patientId);
  const name = record.data?.patient.fullName;
  // A doctor's appointments are their own; notes go on visits with this patient that still stand.
  const appointments = useAppointments();
  const visits = appointments.isError
    ? []
    : appointments.data
        ?.filter((a) => a.patientId === patientId && a.status !== 'CANCELLED')
        .map((a) => ({ id: a.id, start: a.start }));

  return (
    <RoutePage
      title={name ?? t('doctorView.title')}
      subtitle={t('doctorView.subtitle')}
      actions={record.data && <ReportDownloadLink patientId={patientId} own={false} />}
      back={{ to: paths.doctor.patients, label: t('doctorView.back') }}
    >
      {appointments.isError && (
        <Alert color="orange" variant="light" icon={<AlertIcon />} role="alert">
          {t('doctorView.appointmentsError')}
        </Alert>
      )}
      <PatientRecordLoader patientId={patientId} noteAppointments={visits} />
    </RoutePage>
  );
}
