import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorPage } from '@/components/errors/error-page';
import { AlertIcon } from '@/components/ui/icons';

/** Shown when rendering failed; a full reload is the one action that always helps. */
export function ErrorFallback() {
  const { t } = useTranslation(['errors', 'common']);
  return (
    <ErrorPage
      icon={<AlertIcon size={28} />}
      title={t('boundary.title')}
      text={t('boundary.text')}
      actions={
        <>
          <Button onClick={() => window.location.reload()}>{t('boundary.reload')}</Button>
          <Button component="a" href="/" variant="default">
            {t('common:backHome')}
          </Button>
        </>
      }
    />
  );
}
