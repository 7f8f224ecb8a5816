import { Affix, Button, Notification } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LogoutIcon } from '@/components/ui/icons';
import { describeError } from '@/lib/form-errors';
import { useLogout } from '@/features/identity/api/logout';

export function SignOutButton({ onSignedOut }: { onSignedOut: () => void }) {
  const { t } = useTranslation();
  const logout = useLogout({ onSuccess: onSignedOut });
  return (
    <>
      <Button
        variant="default"
        leftSection={<LogoutIcon size={18} />}
        loading={logout.isPending}
        onClick={() => logout.mutate()}
      >
        {t('signOut')}
      </Button>
      {logout.isError && (
        // Never pretend to have signed out: on a shared computer the session would live on.
        <Affix position={{ top: 76, right: 16 }} zIndex={200}>
          <Notification
            role="alert"
            color="red"
            title={t('signOutFailed')}
            onClose={() => logout.reset()}
            closeButtonProps={{ 'aria-label': t('dismiss') }}
            maw={360}
            withBorder
          >
            {describeError(logout.error)}
          </Notification>
        </Affix>
      )}
    </>
  );
}
