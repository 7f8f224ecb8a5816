import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, isLanguage, LANGUAGES, type Language } from '@/lib/i18n';
import { languageName } from '@/lib/languages';

type LanguageSwitcherProps = {
  /** Also told of a choice, so a signed-in user's account keeps it. */
  onChange?: (language: Language) => void;
};

/** "français" → "Français": a list of languages starts each name with a capital, as menus do. */
function ownName(code: Language): string {
  const name = languageName(code, code);
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/**
 * The five languages, each named in itself ("Deutsch", "العربية") so anyone finds their own. A
 * native select: keyboard and screen readers know it, and phones open their own picker.
 */
export function LanguageSwitcher({ onChange }: LanguageSwitcherProps) {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('language.label')}
      value={i18n.language}
      size="sm"
      w="8.5rem"
      data={LANGUAGES.map((code) => ({ value: code, label: ownName(code) }))}
      onChange={(event) => {
        const language = event.currentTarget.value;
        if (!isLanguage(language)) return;
        void chooseLanguage(language);
        onChange?.(language);
      }}
    />
  );
}
