import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorPage } from '@/components/errors/error-page';
import { SearchIcon } from '@/components/ui/icons';

export function NotFound() {
  const { t } = useTranslation(['errors', 'common']);
  return (
    <ErrorPage
      icon={<SearchIcon size={28} />}
      eyebrow={t('notFound.code')}
      title={t('notFound.title')}
      text={t('notFound.text')}
      actions={
        <Button component={Link} to="/">
          {t('common:backHome')}
        </Button>
      }
    />
  );
}
