export * from './types';
export * from './keychain-errors';
export * from './memory-store';
export * from './keytar-store';
