import { z } from 'zod';
import { api } from '@/lib/api-client';
import { useApiMutation } from '@/lib/api-mutation';
import { queryRoots } from '@/lib/query-keys';
import type { AdminDoctor } from '@/features/doctors/api/get-admin-doctors';
import { ISO_639_1 } from '@/lib/languages';
import type { Money, Practice } from '@/features/doctors/api/get-doctors';

export const DOCTOR_PASSWORD_MIN_LENGTH = 12;
const E_MAIL = z.email({ error: 'form.validation.emailInvalid' });
const optionalNumber = (min: number, max: number, error: string) =>
  z
    .union([z.number(), z.literal('')], { error })
    .refine((v) => v === '' || (Number.isInteger(v) && v >= min && v <= max), { error });

// Messages are i18n keys in the `doctors` namespace; the form translates them.
export const doctorAccountFields = {
  fullName: z.string().trim().min(1, { error: 'form.validation.fullNameRequired' }).max(200, { error: 'form.validation.tooLong' }),
  email: z.string().trim().min(1, { error: 'form.validation.emailRequired' }).pipe(E_MAIL),
  password: z
    .string()
    .min(DOCTOR_PASSWORD_MIN_LENGTH, { error: 'form.validation.passwordTooShort' })
    .max(128, { error: 'form.validation.tooLong' }),
  specialty: z.string().trim().min(1, { error: 'form.validation.specialtyRequired' }).max(100, { error: 'form.validation.tooLong' }),
  timeZone: z.string().min(1, { error: 'form.validation.timeZoneRequired' }),
  bio: z.string().trim().max(2000, { error: 'form.validation.tooLong' }),
  yearsOfExperience: optionalNumber(0, 80, 'form.validation.yearsRange'),
  languages: z.array(z.string().refine((code) => ISO_639_1.includes(code), { error: 'form.validation.languageUnknown' })),
  feeAmount: z
    .union([z.number(), z.literal('')], { error: 'form.validation.feeRange' })
    .refine((v) => v === '' || (v >= 0 && v <= 100_000), { error: 'form.validation.feeRange' }),
  feeCurrency: z.string().length(3),
  slotMinutes: optionalNumber(5, 240, 'form.validation.slotRange'),
  practiceName: z.string().trim().max(200, { error: 'form.validation.tooLong' }),
  practiceAddress: z.string().trim().max(300, { error: 'form.validation.tooLong' }),
  practiceCity: z.string().trim().max(120, { error: 'form.validation.tooLong' }),
  practicePhone: z
    .string()
    .trim()
    .max(40, { error: 'form.validation.tooLong' })
    .refine((value) => value === '' || /^\+?[\d\s().-]{5,}$/.test(value), { error: 'form.validation.phoneInvalid' }),
};

const PRACTICE_FIELDS = ['practiceName', 'practiceAddress', 'practiceCity', 'practicePhone'] as const;

export type DoctorAccountRequest = {
  email: string;
  password: string;
  fullName: string;
  specialty: string;
  timeZone: string;
  bio?: string;
  yearsOfExperience?: number;
  languages?: string[];
  consultationFee?: Money;
  slotMinutes?: number;
  prepaymentRequired?: boolean;
  practice?: Practice;
};

type AccountValues = {
  [K in keyof typeof doctorAccountFields]: z.output<(typeof doctorAccountFields)[K]>;
};

/** Form values to the request: blanks are left out so the server's defaults apply. */
export function toDoctorAccountRequest(values: AccountValues): DoctorAccountRequest {
  return {
    email: values.email,
    password: values.password,
    fullName: values.fullName,
    specialty: values.specialty,
    timeZone: values.timeZone,
    ...(values.bio ? { bio: values.bio } : {}),
    ...(values.yearsOfExperience === '' ? {} : { yearsOfExperience: values.yearsOfExperience }),
    ...(values.languages.length ? { languages: values.languages } : {}),
    ...(values.feeAmount === '' ? {} : { consultationFee: { amount: values.feeAmount.toFixed(2), currency: values.feeCurrency } }),
    ...(values.slotMinutes === '' ? {} : { slotMinutes: values.slotMinutes }),
    ...(values.practiceName
      ? {
          practice: {
            name: values.practiceName,
            address: values.practiceAddress,
            city: values.practiceCity,
            phone: values.practicePhone || null,
          },
        }
      : {}),
  };
}

/** A practice is named or left out: an address without a name says where, but not whose. */
export function practiceNamed(values: Record<(typeof PRACTICE_FIELDS)[number], string>, ctx: z.RefinementCtx) {
  const anyGiven = PRACTICE_FIELDS.some((field) => values[field].trim() !== '');
  if (anyGiven && values.practiceName.trim() === '') {
    ctx.addIssue({ code: 'custom', path: ['practiceName'], message: 'form.validation.practiceNameRequired' });
  }
}

/** Where the API's field names land in the form. */
export function doctorFormField(apiField: string): string | undefined {
  if (apiField.startsWith('consultationFee.currency')) return 'feeCurrency';
  if (apiField.startsWith('consultationFee')) return 'feeAmount';
  if (apiField.startsWith('languages')) return 'languages';
  const practice = /^practice\.(name|address|city|phone)$/.exec(apiField)?.[1];
  if (practice) return `practice${practice.charAt(0).toUpperCase()}${practice.slice(1)}`;
  return apiField in doctorAccountFields || apiField === 'prepaymentRequired' ? apiField : undefined;
}

export const createDoctorInputSchema = z
  .object({ ...doctorAccountFields, prepaymentRequired: z.boolean() })
  .superRefine(practiceNamed)
  .transform(({ prepaymentRequired, ...values }) => ({ ...toDoctorAccountRequest(values), prepaymentRequired }));

export type DoctorFormValues = z.input<typeof createDoctorInputSchema>;
export type CreateDoctorInput = z.output<typeof createDoctorInputSchema>;

export function createDoctor(input: CreateDoctorInput): Promise<AdminDoctor> {
  return api.post<AdminDoctor>('/api/admin/doctors', input);
}

export function useCreateDoctor({ onSuccess }: { onSuccess?: (doctor: AdminDoctor) => void } = {}) {
  return useApiMutation(createDoctor, { invalidates: [queryRoots.doctors, queryRoots.users], onSuccess });
}
