import { Alert, Button, Divider, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AlertIcon } from '@/components/ui/icons';
import { useSocialProviders } from '@/features/identity/api/get-social-providers';

/**
 * "Continue with Google / Facebook" for the providers the server has; nothing when it has none.
 * Plain links: the flow leaves the app for the provider's page and comes back signed in.
 */
export function SocialSignInButtons() {
  const { t } = useTranslation('auth');
  const providers = useSocialProviders();
  if (!providers.data?.length) return null;
  return (
    <Stack gap="sm">
      <Divider label={t('social.or')} labelPosition="center" />
      {providers.data.map((provider) => (
        <Button key={provider.id} component="a" href={provider.url} variant="default" size="md" fullWidth>
          {t('social.continueWith', { provider: provider.name })}
        </Button>
      ))}
    </Stack>
  );
}

const KNOWN_ERRORS = ['unverified_email', 'account_disabled', 'already_linked', 'authorization_request_not_found', 'access_denied'] as const;

/** Why the provider's sign-in came back refused (the server's `social-error` code). */
export function SocialSignInError({ code }: { code: string }) {
  const { t } = useTranslation('auth');
  const known = (KNOWN_ERRORS as readonly string[]).includes(code) ? (code as (typeof KNOWN_ERRORS)[number]) : 'other';
  return (
    <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
      {t(`social.errors.${known}`)}
    </Alert>
  );
}
