import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PhoneLink } from '@/components/ui/call-clinic';
import { BuildingIcon } from '@/components/ui/icons';
import type { Practice } from '@/features/doctors/api/get-doctors';

/** Where the doctor sees patients: the practice's name, street and city, and a number to call. */
export function PracticeDetails({ practice }: { practice: Practice }) {
  const { t } = useTranslation('doctors');
  return (
    <Group gap={8} wrap="nowrap" align="flex-start">
      <Text component="span" c="dimmed" mt={2} style={{ display: 'inline-flex' }} aria-hidden="true">
        <BuildingIcon size={18} />
      </Text>
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          <Text span size="sm" c="dimmed" fw={400}>
            {t('card.practice')}:{' '}
          </Text>
          {practice.name}
        </Text>
        <Text size="sm" c="gray.7" component="address" style={{ fontStyle: 'normal', overflowWrap: 'anywhere' }}>
          {[practice.address, practice.city].filter(Boolean).join(', ')}
          {practice.phone && (
            <>
              <br />
              <PhoneLink phone={practice.phone} />
            </>
          )}
        </Text>
      </Stack>
    </Group>
  );
}

/** "Payment at booking": the doctor holds the time only until the fee is paid. */
export function PrepaymentBadge() {
  const { t } = useTranslation('doctors');
  return (
    <Badge variant="light" color="orange" tt="none" fw={600} radius="sm">
      {t('card.prepayment')}
    </Badge>
  );
}
