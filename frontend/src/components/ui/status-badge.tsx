import { Badge, type BadgeProps } from '@mantine/core';

export type StatusBadgeProps = Omit<BadgeProps, 'color' | 'children'>;

/**
 * A state in words: on a tint for what something is (`status`), in an outline for a fact beside
 * it (`tag`: a provider, how it was paid). The theme darkens light and outline text (see
 * theme.ts), so every colour stays above 4.5:1.
 */
export function StatusBadge({ label, color, kind = 'status', ...props }: { label: string; color: string; kind?: 'status' | 'tag' } & StatusBadgeProps) {
  return (
    <Badge variant={kind === 'status' ? 'light' : 'outline'} color={color} tt="none" fw={kind === 'status' ? 650 : 600} {...props}>
      {label}
    </Badge>
  );
}
