import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { useReturnTo } from '@/app/routes/auth/use-return-to';
import { SignInForm } from '@/features/identity/components/sign-in-form';

export function SignInRoute() {
  const { t } = useTranslation('auth');
  useDocumentTitle(t('signIn.title'));
  const navigate = useNavigate();
  const returnTo = useReturnTo();
  return <SignInForm onSuccess={() => navigate(returnTo, { replace: true })} />;
}
