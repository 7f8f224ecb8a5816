import { screen } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '@/components/ui/language-switcher';
import { renderWithProviders } from '@/testing/test-utils';

function Greeting() {
  const { t } = useTranslation();
  return <p>{t('skipToContent')}</p>;
}

describe('LanguageSwitcher', () => {
  it('offers every language named in itself and switches the whole page, right to left for Arabic', async () => {
    const chosen: string[] = [];
    const { user } = renderWithProviders(
      <>
        <LanguageSwitcher onChange={(language) => chosen.push(language)} />
        <Greeting />
      </>,
    );
    const picker = screen.getByRole('combobox', { name: 'Site language' });
    expect([...(picker as HTMLSelectElement).options].map((o) => o.text)).toEqual(['English', 'Deutsch', 'Français', 'Español', 'العربية']);

    await user.selectOptions(picker, 'de');
    expect(await screen.findByText('Zum Hauptinhalt springen')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Sprache der Website' })).toHaveValue('de');
    expect(document.documentElement).toHaveAttribute('lang', 'de');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprache der Website' }), 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(localStorage.getItem('careslot.language')).toBe('ar');
    expect(chosen).toEqual(['de', 'ar']);
  });
});
