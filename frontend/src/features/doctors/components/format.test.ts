import i18n from '@/lib/i18n';
import { formatSpecialty, specialtyKey } from '@/features/doctors/components/format';

describe('formatSpecialty', () => {
  it('names a known specialty in the reader’s language, however the data writes it', async () => {
    expect(specialtyKey('General Practice')).toBe('general-practice');
    expect(specialtyKey('GENERAL_PRACTICE')).toBe('general-practice');
    expect(formatSpecialty('Cardiology')).toBe('Cardiology');
    await i18n.changeLanguage('de');
    expect(formatSpecialty('Cardiology')).toBe('Kardiologie');
    expect(formatSpecialty('GENERAL_PRACTICE')).toBe('Allgemeinmedizin');
    await i18n.changeLanguage('ar');
    expect(formatSpecialty('Pediatrics')).toBe('طب الأطفال');
  });

  it('shows one nobody translated as written, or as words when it came from an enum', () => {
    expect(formatSpecialty('Sports Medicine')).toBe('Sports Medicine');
    expect(formatSpecialty('SPORTS_MEDICINE')).toBe('Sports medicine');
  });
});
