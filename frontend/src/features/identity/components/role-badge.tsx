import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/lib/auth';

const roleColor: Record<Role, string> = {
  PATIENT: 'careslot',
  DOCTOR: 'indigo',
  ADMIN: 'grape',
};

export function RoleBadge({ role, ...props }: { role: Role } & Omit<BadgeProps, 'color' | 'children'>) {
  const { t } = useTranslation();
  return (
    <Badge color={roleColor[role]} variant="light" size="lg" tt="none" fw={600} {...props}>
      {t(`roles.${role}`)}
    </Badge>
  );
}
