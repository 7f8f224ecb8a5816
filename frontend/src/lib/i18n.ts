import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import enAppointments from '@/locales/en/appointments.json';
import enAuth from '@/locales/en/auth.json';
import enClinic from '@/locales/en/clinic.json';
import enCommon from '@/locales/en/common.json';
import enDoctors from '@/locales/en/doctors.json';
import enErrors from '@/locales/en/errors.json';
import enHome from '@/locales/en/home.json';
import enNotifications from '@/locales/en/notifications.json';
import enPayments from '@/locales/en/payments.json';
import enRecords from '@/locales/en/records.json';
import enScheduling from '@/locales/en/scheduling.json';
import enUsers from '@/locales/en/users.json';
import deAppointments from '@/locales/de/appointments.json';
import deAuth from '@/locales/de/auth.json';
import deClinic from '@/locales/de/clinic.json';
import deCommon from '@/locales/de/common.json';
import deDoctors from '@/locales/de/doctors.json';
import deErrors from '@/locales/de/errors.json';
import deHome from '@/locales/de/home.json';
import deNotifications from '@/locales/de/notifications.json';
import dePayments from '@/locales/de/payments.json';
import deRecords from '@/locales/de/records.json';
import deScheduling from '@/locales/de/scheduling.json';
import deUsers from '@/locales/de/users.json';
import frAppointments from '@/locales/fr/appointments.json';
import frAuth from '@/locales/fr/auth.json';
import frClinic from '@/locales/fr/clinic.json';
import frCommon from '@/locales/fr/common.json';
import frDoctors from '@/locales/fr/doctors.json';
import frErrors from '@/locales/fr/errors.json';
import frHome from '@/locales/fr/home.json';
import frNotifications from '@/locales/fr/notifications.json';
import frPayments from '@/locales/fr/payments.json';
import frRecords from '@/locales/fr/records.json';
import frScheduling from '@/locales/fr/scheduling.json';
import frUsers from '@/locales/fr/users.json';
import esAppointments from '@/locales/es/appointments.json';
import esAuth from '@/locales/es/auth.json';
import esClinic from '@/locales/es/clinic.json';
import esCommon from '@/locales/es/common.json';
import esDoctors from '@/locales/es/doctors.json';
import esErrors from '@/locales/es/errors.json';
import esHome from '@/locales/es/home.json';
import esNotifications from '@/locales/es/notifications.json';
import esPayments from '@/locales/es/payments.json';
import esRecords from '@/locales/es/records.json';
import esScheduling from '@/locales/es/scheduling.json';
import esUsers from '@/locales/es/users.json';
import arAppointments from '@/locales/ar/appointments.json';
import arAuth from '@/locales/ar/auth.json';
import arClinic from '@/locales/ar/clinic.json';
import arCommon from '@/locales/ar/common.json';
import arDoctors from '@/locales/ar/doctors.json';
import arErrors from '@/locales/ar/errors.json';
import arHome from '@/locales/ar/home.json';
import arNotifications from '@/locales/ar/notifications.json';
import arPayments from '@/locales/ar/payments.json';
import arRecords from '@/locales/ar/records.json';
import arScheduling from '@/locales/ar/scheduling.json';
import arUsers from '@/locales/ar/users.json';

export const defaultNS = 'common';

/** The languages of the web app, the texts and the reports; English is the fallback. */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

export const resources = {
  en: { appointments: enAppointments, auth: enAuth, clinic: enClinic, common: enCommon, doctors: enDoctors, errors: enErrors, home: enHome, notifications: enNotifications, payments: enPayments, records: enRecords, scheduling: enScheduling, users: enUsers },
  de: { appointments: deAppointments, auth: deAuth, clinic: deClinic, common: deCommon, doctors: deDoctors, errors: deErrors, home: deHome, notifications: deNotifications, payments: dePayments, records: deRecords, scheduling: deScheduling, users: deUsers },
  fr: { appointments: frAppointments, auth: frAuth, clinic: frClinic, common: frCommon, doctors: frDoctors, errors: frErrors, home: frHome, notifications: frNotifications, payments: frPayments, records: frRecords, scheduling: frScheduling, users: frUsers },
  es: { appointments: esAppointments, auth: esAuth, clinic: esClinic, common: esCommon, doctors: esDoctors, errors: esErrors, home: esHome, notifications: esNotifications, payments: esPayments, records: esRecords, scheduling: esScheduling, users: esUsers },
  ar: { appointments: arAppointments, auth: arAuth, clinic: arClinic, common: arCommon, doctors: arDoctors, errors: arErrors, home: arHome, notifications: arNotifications, payments: arPayments, records: arRecords, scheduling: arScheduling, users: arUsers },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: (typeof resources)['en'];
  }
}

const STORAGE_KEY = 'careslot.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The best of the five for a list of BCP 47 tags ("de-AT" → de), or undefined. */
export function bestLanguage(tags: readonly string[]): Language | undefined {
  for (const tag of tags) {
    const base = tag.split('-')[0]?.toLowerCase();
    if (isLanguage(base)) return base;
  }
  return undefined;
}

/** A chosen language wins; a first visit follows the browser. */
function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // storage may be blocked; the browser's languages still work
  }
  const browser = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return bestLanguage(browser) ?? 'en';
}

/** The document speaks the language and reads in its direction (Arabic right to left). */
function applyToDocument(language: string) {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = i18n.dir(language);
}

/** Switches the app's language and remembers it on this device (the account keeps it too, see useLanguage). */
export function chooseLanguage(language: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not remembered on this device; the account still keeps it for signed-in users
  }
  return i18n.changeLanguage(language);
}

// Bundled resources and a synchronous init: the first render already has its strings.
void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  ns: Object.keys(resources.en),
  defaultNS,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

applyToDocument(i18n.language);
i18n.on('languageChanged', applyToDocument);

export default i18n;
