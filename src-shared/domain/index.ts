export * from './provider';
export * from './money';
export * from './dates';
export * from './invoice';
export * from './account';
export * from './account-input';
export * from './sync';
export * from './reminders';
