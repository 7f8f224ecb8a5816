import { Anchor } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';

/** A `tel:` URI from a number as people write it: "+49 30 1234-567" → "tel:+49301234567". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A phone number people can tap to call. */
export function PhoneLink({ phone }: { phone: string }) {
  return (
    <Anchor href={telHref(phone)} inherit fw={600} style={{ whiteSpace: 'nowrap' }}>
      {phone}
    </Anchor>
  );
}

/** "Please call the clinic", with the clinic's number as a link to call when it is known. */
export function CallClinic({ phone }: { phone?: string | null }) {
  const { t } = useTranslation();
  if (!phone) return <>{t('callClinic.plain')}</>;
  return <Trans t={t} i18nKey="callClinic.withPhone" values={{ phone }} components={{ phone: <PhoneLink phone={phone} /> }} />;
}
