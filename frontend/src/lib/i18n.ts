import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import appointments from '@/locales/en/appointments.json';
import auth from '@/locales/en/auth.json';
import clinic from '@/locales/en/clinic.json';
import common from '@/locales/en/common.json';
import doctors from '@/locales/en/doctors.json';
import errors from '@/locales/en/errors.json';
import home from '@/locales/en/home.json';
import notifications from '@/locales/en/notifications.json';
import payments from '@/locales/en/payments.json';
import records from '@/locales/en/records.json';
import scheduling from '@/locales/en/scheduling.json';
import users from '@/locales/en/users.json';

export const defaultNS = 'common';

export const resources = {
  en: { common, auth, clinic, home, doctors, errors, appointments, scheduling, users, payments, notifications, records },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: (typeof resources)['en'];
  }
}

// Bundled resources and a synchronous init: the first render already has its strings.
void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en'],
  ns: Object.keys(resources.en),
  defaultNS,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
