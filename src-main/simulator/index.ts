/** The provider simulator's public surface (fault injection is in ./testing, for tests only). See README.md. */
export { startSimulator } from './simulator';
export type { Simulator, SimulatorOptions } from './simulator';
export { DEMO_TENANTS, startDemoServer } from './demo';
export type { TenantSpec } from './tenants';
export type { SimStats } from './stats';
export { idOf } from './mutations';
