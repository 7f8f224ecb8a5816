/**
 * Query-key roots that more than one feature touches. Booking in `appointments` changes the
 * free slots `scheduling` lists and the "next free slot" `doctors` shows; sharing the roots lets
 * a mutation invalidate them without the features importing each other.
 */
export const queryRoots = {
  doctors: ['doctors'],
  slots: ['slots'],
  appointments: ['appointments'],
  schedule: ['schedule'],
  users: ['users'],
  /** Payments and revenue: paying for an appointment (appointments) changes what `payments` lists. */
  payments: ['payments'],
  /** Text messages: booking, confirming, moving or cancelling (appointments) writes them. */
  notifications: ['notifications'],
} as const;
