/**
 * Reminder commands and events (due list, snooze, mute, "I paid this", reminder preferences) live
 * here, in their own file, so the reminders work does not collide with the rest of the contract.
 */
export const reminderCommands = {};

export const reminderEvents = {};
