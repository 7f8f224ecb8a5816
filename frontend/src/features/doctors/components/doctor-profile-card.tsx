import { Badge, Card, Grid, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageIcon } from '@/components/ui/icons';
import { InitialsAvatar } from '@/components/ui/initials-avatar';
import { formatAmount } from '@/lib/money';
import { describeTimeZone, formatDateKey, formatLocale, formatWallTimeRange, WEEK_DAYS } from '@/lib/time';
import type { DoctorView } from '@/features/doctors/api/get-doctor';
import { formatLanguage, formatSpecialty } from '@/features/doctors/components/format';
import { PracticeDetails, PrepaymentBadge } from '@/features/doctors/components/practice-details';

/** Everything a patient wants to know before picking a time: who, what, fee, languages, hours. */
export function DoctorProfileCard({ doctor }: { doctor: DoctorView }) {
  const { t, i18n } = useTranslation('doctors');
  const locale = formatLocale(i18n.language);
  const languages = doctor.languages.map((language) => formatLanguage(language, locale)).join(', ');
  const hoursByDay = WEEK_DAYS.map((day, i) => ({
    day,
    // 2024-01-01 was a Monday.
    label: formatDateKey(`2024-01-0${i + 1}`, locale, { weekday: 'short' }),
    intervals: doctor.weeklyHours
      .filter((h) => h.day === day)
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((h) => formatWallTimeRange(h.start, h.end, locale)),
  }));

  return (
    <Card p={{ base: 'lg', sm: 'xl' }} style={{ borderTop: '4px solid var(--mantine-color-careslot-7)' }}>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Group gap="lg" wrap="nowrap" align="flex-start">
              <InitialsAvatar name={doctor.fullName} src={doctor.photoUrl} alt={t('card.photoAlt', { name: doctor.fullName })} size={72} />
              <Stack gap={4} style={{ minWidth: 0 }}>
                <Title order={1} fz={{ base: '1.5rem', sm: 'h1' }} style={{ overflowWrap: 'anywhere' }}>
                  {doctor.fullName}
                </Title>
                <Text c="careslot.8" fw={650}>
                  {formatSpecialty(doctor.specialty)}
                </Text>
                <Group gap="xs">
                  {doctor.yearsOfExperience != null && (
                    <Text c="dimmed" size="sm">
                      {t('card.experience', { count: doctor.yearsOfExperience })}
                    </Text>
                  )}
                  <Badge variant="light" color={doctor.acceptingNewPatients ? 'careslot' : 'gray'} tt="none" fw={600}>
                    {doctor.acceptingNewPatients ? t('card.accepting') : t('card.notAccepting')}
                  </Badge>
                </Group>
              </Stack>
            </Group>
            {doctor.bio && (
              <Text c="gray.8" dir="auto">
                {doctor.bio}
              </Text>
            )}
            <Stack gap={6}>
              {languages && (
                <Group gap={8} wrap="nowrap" align="flex-start">
                  <Text component="span" c="dimmed" mt={2} style={{ display: 'inline-flex' }}>
                    <LanguageIcon size={18} />
                  </Text>
                  <Text size="sm">
                    <Text span size="sm" c="dimmed">
                      {t('card.languages')}:{' '}
                    </Text>
                    {languages}
                  </Text>
                </Group>
              )}
              {doctor.consultationFee && (
                <Text size="sm">
                  <Text span size="sm" c="dimmed">
                    {t('card.fee')}{' '}
                  </Text>
                  <Text span fw={700}>
                    {formatAmount(doctor.consultationFee.amount, doctor.consultationFee.currency, locale, { wholeWithoutCents: true })}
                  </Text>
                </Text>
              )}
              {doctor.prepaymentRequired && (
                <Group gap="xs">
                  <PrepaymentBadge />
                </Group>
              )}
              {doctor.practice && <PracticeDetails practice={doctor.practice} />}
            </Stack>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="xs">
            <Title order={2} fz="h4">
              {t('profile.hoursHeading')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('profile.hoursZone', { zone: describeTimeZone(doctor.timeZone, locale) })}
            </Text>
            <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing={0} fz="sm">
              <Table.Tbody>
                {hoursByDay.map(({ day, label, intervals }) => (
                  <Table.Tr key={day}>
                    <Table.Th scope="row" fw={600} w="4.5rem">
                      {label}
                    </Table.Th>
                    <Table.Td c={intervals.length ? undefined : 'dimmed'}>{intervals.length ? intervals.join(', ') : t('profile.closed')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        </Grid.Col>
      </Grid>
    </Card>
  );
}
