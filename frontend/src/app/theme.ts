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
    Card: Card.extend({ defaultProps: { radius: 'lg', withBorder: true, padding: 'lg', shadow: 'xs' } }),
    Badge: Badge.extend({ defaultProps: { radius: 'sm' } }),
    Alert: Alert.extend({ defaultProps: { radius: 'md' } }),
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    Title: Title.extend({ defaultProps: { c: 'gray.9' } }),
    Container: Container.extend({ defaultProps: { size: 'lg' } }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-6)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // Mantine's red-6 is 3.3:1 on white; red-9 keeps error text at AA.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-default-border': 'var(--mantine-color-gray-3)',
  },
  dark: {},
});
