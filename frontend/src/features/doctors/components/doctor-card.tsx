import { Badge, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ClockIcon, LanguageIcon } from '@/components/ui/icons';
import { InitialsAvatar } from '@/components/ui/initials-avatar';
import { formatAmount } from '@/lib/money';
import { browserTimeZone, formatLocale } from '@/lib/time';
import type { DoctorSummary } from '@/features/doctors/api/get-doctors';
import { formatLanguage, formatNextFree, formatSpecialty } from '@/features/doctors/components/format';
import { PracticeDetails, PrepaymentBadge } from '@/features/doctors/components/practice-details';

/** A doctor at a glance; with `href`, a way through to their profile and free times. */
export function DoctorCard({ doctor, href }: { doctor: DoctorSummary; href?: string }) {
  const { t, i18n } = useTranslation('doctors');
  const locale = formatLocale(i18n.language);
  const languages = doctor.languages.map((language) => formatLanguage(language, locale)).join(', ');

  return (
    <Card component="article" aria-labelledby={`doctor-${doctor.id}-name`} h="100%">
      <Stack gap="md" h="100%">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <InitialsAvatar
            name={doctor.fullName}
            src={doctor.photoUrl}
            alt={t('card.photoAlt', { name: doctor.fullName })}
            size={56}
          />
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={3} id={`doctor-${doctor.id}-name`} lineClamp={2}>
              {doctor.fullName}
            </Title>
            <Text c="careslot.8" fw={600} size="sm">
              {formatSpecialty(doctor.specialty)}
            </Text>
            {doctor.yearsOfExperience != null && (
              <Text c="dimmed" size="sm">
                {t('card.experience', { count: doctor.yearsOfExperience })}
              </Text>
            )}
          </Stack>
        </Group>

        {doctor.bio && (
          <Text size="sm" c="gray.7" lineClamp={2} dir="auto">
            {doctor.bio}
          </Text>
        )}

        {languages && (
          <Group gap={8} wrap="nowrap" align="flex-start">
            <Text component="span" c="dimmed" mt={2} style={{ display: 'inline-flex' }}>
              <LanguageIcon size={18} />
            </Text>
            <Text size="sm">
              <Text component="span" size="sm" c="dimmed">
                {t('card.languages')}:{' '}
              </Text>
              {languages}
            </Text>
          </Group>
        )}

        {doctor.practice && <PracticeDetails practice={doctor.practice} />}

        {doctor.nextFreeSlot !== undefined && (
          <Group gap={8} wrap="nowrap" align="flex-start">
            <Text component="span" c={doctor.nextFreeSlot ? 'careslot.8' : 'dimmed'} mt={2} style={{ display: 'inline-flex' }}>
              <ClockIcon size={18} />
            </Text>
            <Text size="sm" fw={doctor.nextFreeSlot ? 600 : undefined} c={doctor.nextFreeSlot ? 'careslot.9' : 'dimmed'}>
              {doctor.nextFreeSlot
                ? t('card.nextFree', { when: formatNextFree(doctor.nextFreeSlot, browserTimeZone(), locale) })
                : t('card.noFreeSlot')}
            </Text>
          </Group>
        )}

        <Divider mt="auto" />

        <Group justify="space-between" gap="xs" wrap="wrap">
          {doctor.consultationFee ? (
            <Text size="sm">
              <Text component="span" size="sm" c="dimmed">
                {t('card.fee')}{' '}
              </Text>
              <Text component="span" fw={700} size="md">
                {formatAmount(doctor.consultationFee.amount, doctor.consultationFee.currency, locale, { wholeWithoutCents: true })}
              </Text>
            </Text>
          ) : (
            <span />
          )}
          <Badge
            variant="light"
            color={doctor.acceptingNewPatients ? 'careslot' : 'gray'}
            tt="none"
            fw={600}
            radius="sm"
          >
            {doctor.acceptingNewPatients ? t('card.accepting') : t('card.notAccepting')}
          </Badge>
        </Group>
        {doctor.prepaymentRequired && (
          <Group gap="xs">
            <PrepaymentBadge />
          </Group>
        )}
        {href && (
          <Button component={Link} to={href} variant="light" fullWidth aria-label={t('card.viewLabel', { name: doctor.fullName })}>
            {t('card.view')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
