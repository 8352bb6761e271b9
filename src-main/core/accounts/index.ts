export * from './settings-store';
export * from './account-validation';
export * from './account-registry';
export * from './origin-binding';
