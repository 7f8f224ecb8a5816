import { Avatar, type AvatarProps } from '@mantine/core';

export function initialsOf(fullName: string): string {
  const words = fullName
    .replace(/^(dr|prof)\.?\s+/i, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return '?';
  const first = words[0]!.charAt(0);
  const last = words.length > 1 ? words[words.length - 1]!.charAt(0) : '';
  return (first + last).toUpperCase();
}

type InitialsAvatarProps = Omit<AvatarProps, 'children' | 'alt'> & {
  name: string;
  src?: string | null;
  /** Alt text for the photo; the initials fallback is decorative next to the visible name. */
  alt?: string;
};

export function InitialsAvatar({ name, src, alt, ...props }: InitialsAvatarProps) {
  return (
    <Avatar
      src={src ?? undefined}
      alt={src ? alt : undefined}
      aria-hidden={src ? undefined : true}
      color="careslot"
      variant="light"
      radius={9999}
      {...props}
    >
      {initialsOf(name)}
    </Avatar>
  );
}
