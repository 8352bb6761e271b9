export { createCommandHandlers, createCommandService, type CommandService } from './handlers';
export { SyncRunner } from './sync-runner';
export { createNetworkMonitor, reachabilityProbe, type NetworkMonitor, type NetworkProbe } from './network-monitor';
export type * from './types';
