export { createCommandHandlers, createCommandService, type CommandService } from './handlers';
export { BackgroundSync } from './sync-runner';
export { createNetworkMonitor, reachabilityProbe, type NetworkMonitor, type NetworkProbe } from './network-monitor';
export { DEFAULT_APP_SETTINGS, readSettings } from './settings';
export type * from './types';
