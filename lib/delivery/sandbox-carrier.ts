import type { Carrier } from "../carriers/carrier";
import { SIMULATOR } from "../carriers/simulator";

// Messages sent with a test key (pb_test_…) go to the simulator whatever CARRIER says, so a PVS
// vendor can run its integration tests against the real service without sending or paying.

/** The carrier a claimed message goes to: the configured one, or the simulator for a test-key message. */
export function carrierFor(message: { sandbox?: boolean }, carrier: Carrier, simulator: Carrier | undefined): Carrier {
  if (!message.sandbox || carrier.name === SIMULATOR) return carrier;
  // Without a simulator the configured carrier is passed on, and handOver refuses to submit.
  return simulator ?? carrier;
}

/** Every carrier that may hold messages: the configured one, and the simulator beside a real one. */
export function carriersInUse(carrier: Carrier, simulator: Carrier | undefined): Carrier[] {
  return simulator && simulator !== carrier && carrier.name !== SIMULATOR ? [carrier, simulator] : [carrier];
}

/** A test-key message never reaches a real carrier, whoever picked the carrier. */
export function mayCarry(carrier: Carrier, message: { sandbox?: boolean }): boolean {
  return !message.sandbox || carrier.name === SIMULATOR;
}
