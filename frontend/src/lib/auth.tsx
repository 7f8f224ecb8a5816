import { createContext, use, type ReactNode } from 'react';

/**
 * The session as the rest of the app sees it. The identity feature fetches and changes it;
 * everything else reads the signed-in user from here, so features need not import identity.
 */

export const ROLES = ['PATIENT', 'DOCTOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export type User = {
  id: string | number;
  email: string;
  fullName: string;
  role: Role;
  phone?: string | null;
  /** The owner proved the number with a texted code; only then do texts go to it. */
  phoneVerified?: boolean;
  /** False for accounts made by a social sign-in, which have no CareSlot password. */
  hasPassword?: boolean;
  /** Language of texts and reports: one of LANGUAGES. */
  language?: string;
  /** IANA zone for times in texts; null = the doctor's zone. */
  timeZone?: string | null;
  /** Sign-in asks for a one-time code after the password. */
  twoFactorEnabled?: boolean;
  /** This role must use two-factor sign-in here; until it is on, the API refuses everything else. */
  twoFactorRequired?: boolean;
};

/** Whether the server will refuse this user everything but setting up two-factor sign-in. */
export function mustSetUpTwoFactor(user: User): boolean {
  return Boolean(user.twoFactorRequired && !user.twoFactorEnabled);
}

/** The languages of the app, the texts and the reports, each named in itself. */
export const LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'de', label: 'Deutsch' },
  { value: 'fr', label: 'Français' },
  { value: 'es', label: 'Español' },
  { value: 'ar', label: 'العربية' },
] as const;

/** The TanStack Query key of `GET /api/me`; `null` data means "signed out". */
export const currentUserQueryKey = ['auth', 'me'] as const;

const SignedInUserContext = createContext<User | null>(null);

export function SignedInUserProvider({ user, children }: { user: User; children: ReactNode }) {
  return <SignedInUserContext value={user}>{children}</SignedInUserContext>;
}

/** For screens behind the sign-in guard: the user is always there. */
export function useSignedInUser(): User {
  const user = use(SignedInUserContext);
  if (!user) throw new Error('useSignedInUser must be used inside a signed-in route');
  return user;
}

/** For screens open to everyone (the directory): the signed-in user, or null for a visitor. */
export function useOptionalUser(): User | null {
  return use(SignedInUserContext);
}
