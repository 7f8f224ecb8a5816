import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Sign in · CareSlot": screen readers announce the title on navigation. */
export function useDocumentTitle(title: string) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('appName')}`;
  }, [title, t]);
}
