import { Container, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AlertIcon } from '@/components/ui/icons';
import type { Role } from '@/lib/auth';
import { useClinicModes } from '@/features/clinic/api/get-config';
import classes from './demo-banners.module.css';

/**
 * A slim notice on every page of a demo clinic, so nobody types in real patients' details; admins
 * also learn that payments run in test mode. Nothing shows until the server has said so.
 */
export function DemoBanners({ role }: { role?: Role | null }) {
  const { t } = useTranslation('clinic');
  const modes = useClinicModes();
  const demo = modes.data?.demoClinic === true;
  const testPayments = role === 'ADMIN' && modes.data?.paymentsTestMode === true;
  if (!demo && !testPayments) return null;
  return (
    <div className={classes.banners}>
      {demo && (
        <div role="note" className={classes.demo}>
          <Container className={classes.inner}>
            <AlertIcon size={16} aria-hidden="true" />
            <Text size="sm" fw={600}>
              {t('banners.demo')}
            </Text>
          </Container>
        </div>
      )}
      {testPayments && (
        <div role="note" className={classes.testMode}>
          <Container className={classes.inner}>
            <AlertIcon size={16} aria-hidden="true" />
            <Text size="sm" fw={600}>
              {t('banners.paymentsTestMode')}
            </Text>
          </Container>
        </div>
      )}
    </div>
  );
}
