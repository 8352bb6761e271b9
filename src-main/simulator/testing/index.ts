/**
 * The simulator with fault injection, for tests only (unit tests, e2e fixtures). No product file may
 * import this folder: lint forbids it and a test checks the built main bundle holds none of it.
 */
import { startSimulator as startPlainSimulator } from '../simulator';
import type { Simulator as PlainSimulator, SimulatorOptions } from '../simulator';
import { faultInterceptor } from './fault-interceptor';
import { FaultRegistry } from './faults';
import type { FaultControl } from './faults';

/** The product simulator plus `faults` (see README.md, "Faults"). */
export interface Simulator extends PlainSimulator {
  readonly faults: FaultControl;
}

export async function startSimulator(options: Omit<SimulatorOptions, 'interceptor'> = {}): Promise<Simulator> {
  const registry = new FaultRegistry();
  const sim = await startPlainSimulator({ ...options, interceptor: faultInterceptor(registry) });
  const faults: FaultControl = { add: (spec) => registry.add(spec), clear: () => registry.clear(), list: () => registry.list() };
  return Object.assign(sim, { faults });
}

export { EFFECT_FIELDS, HOSTILE_TEXT } from './hostile-fields';
