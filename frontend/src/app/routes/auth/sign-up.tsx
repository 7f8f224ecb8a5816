import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { useReturnTo } from '@/app/routes/auth/use-return-to';
import { SignUpForm } from '@/features/identity/components/sign-up-form';

export function SignUpRoute() {
  const { t } = useTranslation('auth');
  useDocumentTitle(t('signUp.title'));
  const navigate = useNavigate();
  const returnTo = useReturnTo();
  return <SignUpForm onSuccess={() => navigate(returnTo, { replace: true })} />;
}
