import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Container,
  createTheme,
  PasswordInput,
  TextInput,
  Title,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

// A calm clinical teal. Shades 6–9 keep at least 4.5:1 against white, so filled buttons,
// links and light badges all pass WCAG AA.
const careslot: MantineColorsTuple = [
  '#e8f4f4',
  '#cfe9e9',
  '#a0d4d4',
  '#6dbdbe',
  '#44a9ab',
  '#2a9c9f',
  '#137a7d',
  '#0f6b6d',
  '#0b5a5c',
  '#074a4c',
];

// Cool greys; shade 6 (Mantine's "dimmed") is darker than the default to pass AA on tinted grounds.
const slate: MantineColorsTuple = [
  '#f4f7f8',
  '#eaeff1',
  '#dde4e8',
  '#cdd6dc',
  '#aeb9c1',
  '#7d8993',
  '#5f6b76',
  '#48525c',
  '#323a42',
  '#1d2329',
];

export const theme = createTheme({
  primaryColor: 'careslot',
  primaryShade: 7,
  colors: { careslot, gray: slate },
  black: '#1d2329',
  white: '#ffffff',
  fontFamily:
    "'Inter Variable', Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  fontFamilyMonospace: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace",
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontSmoothing: true,
  focusRing: 'auto',
  fontSizes: { xs: '0.8125rem', sm: '0.875rem', md: '1rem', lg: '1.125rem', xl: '1.25rem' },
  spacing: { xs: '0.5rem', sm: '0.75rem', md: '1rem', lg: '1.5rem', xl: '2rem' },
  radius: { xs: '4px', sm: '6px', md: '8px', lg: '12px', xl: '16px' },
  shadows: {
    xs: '0 1px 2px rgba(16, 24, 40, 0.05)',
    sm: '0 1px 3px rgba(16, 24, 40, 0.08), 0 1px 2px rgba(16, 24, 40, 0.04)',
    md: '0 4px 12px rgba(16, 24, 40, 0.08), 0 2px 4px rgba(16, 24, 40, 0.04)',
    lg: '0 12px 32px rgba(16, 24, 40, 0.10), 0 4px 8px rgba(16, 24, 40, 0.04)',
    xl: '0 20px 48px rgba(16, 24, 40, 0.12)',
  },
  headings: {
    fontFamily:
      "'Inter Variable', Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    fontWeight: '650',
    textWrap: 'balance',
    sizes: {
      h1: { fontSize: '1.875rem', lineHeight: '1.25' },
      h2: { fontSize: '1.375rem', lineHeight: '1.3' },
      h3: { fontSize: '1.0625rem', lineHeight: '1.4' },
      h4: { fontSize: '1rem', lineHeight: '1.45' },
    },
  },
  components: {
    Button: Button.extend({ defaultProps: { radius: 'md' } }),
    TextInput: TextInput.extend({ defaultProps: { size: 'md', radius: 'md' } }),
    PasswordInput: PasswordInput.extend({ defaultProps: { size: 'md', radius: 'md' } }),
    // Plain objects rather than Component.extend: importing these here would pull them into
    // the first page's bundle although only later screens use them.
    NativeSelect: { defaultProps: { size: 'md', radius: 'md' } },
    NumberInput: { defaultProps: { size: 'md', radius: 'md' } },
    Textarea: { defaultProps: { size: 'md', radius: 'md' } },
    Autocomplete: { defaultProps: { size: 'md', radius: 'md' } },
    Modal: {
      defaultProps: { radius: 'lg', padding: 'lg' },
      styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)', color: 'var(--mantine-color-gray-9)' } },
    },
    Card: Card.extend({ defaultProps: { radius: 'lg', withBorder: true, padding: 'lg', shadow: 'xs' } }),
    Badge: Badge.extend({ defaultProps: { radius: 'sm' } }),
    Alert: Alert.extend({ defaultProps: { radius: 'md' } }),
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    Title: Title.extend({ defaultProps: { c: 'gray.9' } }),
    Container: Container.extend({ defaultProps: { size: 'lg' } }),
  },
});

// Text on tinted ("light") and outlined badges, alerts and buttons. Mantine's defaults use mid
// shades that fall below 4.5:1 on their own tints for orange, green, red and teal.
const accessibleTextColors: Record<string, string> = {
  careslot: 'var(--mantine-color-careslot-8)',
  orange: '#9a3b00',
  green: '#1b6e2f',
  red: '#a51d1d',
  blue: '#1c4f8a',
  violet: '#5535b0',
  gray: 'var(--mantine-color-gray-8)',
};

const variantTextVariables = Object.fromEntries(
  Object.entries(accessibleTextColors).flatMap(([name, value]) => [
    [`--mantine-color-${name}-light-color`, value],
    [`--mantine-color-${name}-outline`, value],
  ]),
);

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    ...variantTextVariables,
    '--mantine-color-dimmed': 'var(--mantine-color-gray-6)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // Mantine's red-6 is 3.3:1 on white; red-9 keeps error text at AA.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-default-border': 'var(--mantine-color-gray-3)',
  },
  dark: {},
});
