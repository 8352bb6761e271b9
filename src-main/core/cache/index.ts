export * from './atomic-write';
export * from './safe-name';
