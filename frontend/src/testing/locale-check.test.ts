import { check, expectedKeys, flatten, pluralCategories } from '@/testing/locale-check';

const english = flatten({
  save: 'Save',
  slots: { left_one: '{{count}} slot left', left_other: '{{count}} slots left' },
  hello: 'Hello <strong>{{name}}</strong>',
});

describe('the translation gate', () => {
  it('asks each language for its own plural forms, from the CLDR rules', () => {
    expect(pluralCategories('ar')).toHaveLength(6);
    expect([...expectedKeys(english, 'ar')].filter((k) => k.startsWith('slots.left'))).toHaveLength(6);
    expect([...expectedKeys(english, 'de')].filter((k) => k.startsWith('slots.left'))).toEqual(['slots.left_one', 'slots.left_other']);
  });

  it('passes a complete German bundle', () => {
    const german = flatten({
      save: 'Speichern',
      slots: { left_one: 'Noch {{count}} Termin', left_other: 'Noch {{count}} Termine' },
      hello: 'Hallo <strong>{{name}}</strong>',
    });
    expect(check(english, german, 'de')).toEqual([]);
  });

  it('fails on one removed translation, a missing Arabic plural form and a lost placeholder', () => {
    const arabic = flatten({
      slots: { left_zero: 'لا مواعيد', left_one: 'موعد واحد', left_two: 'موعدان', left_few: '{{count}} مواعيد', left_other: '{{count}} موعد' },
      hello: 'مرحبًا <strong>name</strong>',
    });
    expect(check(english, arabic, 'ar')).toEqual([
      'ar: missing save',
      'ar: missing slots.left_many',
      'ar: hello has </strong> <strong>, English </strong> <strong> {{name}}',
    ]);
  });
});
