package org.careslot.platform;

/** Whether CareSlot runs on its own embedded PostgreSQL (a local or demo install). */
public record DatabaseMode(boolean embedded) {
}
