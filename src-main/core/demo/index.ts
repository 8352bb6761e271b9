export type { DemoSync, DemoWorkspace } from './types';
export { DemoCredentialStore } from './demo-credentials';
export { createDemoWorkspace, type DemoWorkspaceDeps } from './demo-workspace';
export { DEMO_ACCOUNTS, startDemoSimulator, type DemoSimulator, type DemoTenant, type StartDemoSimulator } from './simulator-host';
