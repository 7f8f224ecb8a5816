import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The CareSlot mark: a rounded square with a medical cross. */
export function LogoMark({ size = 32, inverted = false }: { size?: number; inverted?: boolean }) {
  const tile = inverted ? '#fff' : 'var(--mantine-color-careslot-7)';
  const cross = inverted ? 'var(--mantine-color-careslot-8)' : '#fff';
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="9" fill={tile} />
      <path d="M13.25 8h5.5v5.25H24v5.5h-5.25V24h-5.5v-5.25H8v-5.5h5.25z" fill={cross} />
    </svg>
  );
}

export function Wordmark({ size = 'lg', inverted = false }: { size?: 'md' | 'lg' | 'xl'; inverted?: boolean }) {
  const { t } = useTranslation();
  const mark = { md: 26, lg: 30, xl: 36 }[size];
  return (
    <Group gap={10} wrap="nowrap" align="center">
      <LogoMark size={mark} inverted={inverted} />
      <Text
        component="span"
        fz={size}
        fw={700}
        lts={-0.3}
        c={inverted ? 'white' : 'gray.9'}
        style={{ lineHeight: 1 }}
      >
        {t('appName')}
      </Text>
    </Group>
  );
}
