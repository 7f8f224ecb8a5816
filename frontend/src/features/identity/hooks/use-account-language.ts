import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { currentUserQueryKey, type User } from '@/lib/auth';
import { api } from '@/lib/api-client';
import { chooseLanguage, isLanguage, type Language } from '@/lib/i18n';

/**
 * A signed-in user's language is the account's: applied when they sign in (on any device) and
 * whenever the account changes it (the profile form).
 */
export function useFollowAccountLanguage(user: User) {
  useEffect(() => {
    if (isLanguage(user.language)) void chooseLanguage(user.language);
  }, [user.language]);
}

/** Saves a language picked in the header on the account, so texts, e-mails and reports follow it. */
export function useSaveAccountLanguage() {
  const queryClient = useQueryClient();
  return (language: Language) => {
    void api
      .patch<User>('/api/me', { language })
      .then((user) => queryClient.setQueryData(currentUserQueryKey, user))
      // the app already speaks the language; the account catches up at the next change
      .catch(() => undefined);
  };
}
