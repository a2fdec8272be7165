/**
 * What one Cedar decision costs once the policies are loaded: a member reading a user, decided by
 * the real engine (@cedar-policy/cedar-wasm) through the Authorizer the guard uses. The floor is the
 * part no engine can skip, serialising the same request to JSON as it crosses into Wasm. Prints the
 * median per decision over several runs, and the ratio to the floor; also for the decision the
 * Authorizer remembers for the request's shape (decision-memo.ts), which is what the guard pays
 * after the first request of a shape.
 *
 *   npm run bench:authorizer
 */
import { performance } from 'node:perf_hooks';
import { Authorizer, readPolicyDirectory, type AuthorizationPrincipal, type AuthorizationRequest } from '@access/auth';
import { median } from './statistics';

const DECISIONS = 2_000;
const RUNS = 15;

const member: AuthorizationPrincipal = {
  kind: 'user',
  subject: 'bench-member',
  tenantId: 'c0ffee00-1111-4222-8333-444455556666',
  roles: ['member'],
  isOwner: false,
};
const request: AuthorizationRequest = {
  principal: member,
  action: 'getUser',
  resource: { type: 'User', id: 'u-1', tenantId: member.tenantId },
};

function medianMicroseconds(decide: () => unknown): number {
  const perDecision: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    for (let i = 0; i < DECISIONS; i += 1) decide();
    perDecision.push(((performance.now() - started) * 1000) / DECISIONS);
  }
  return median(perDecision);
}

const engine = new Authorizer(readPolicyDirectory(), { rememberDecisions: false });
const remembering = new Authorizer(readPolicyDirectory());
for (const authorizer of [engine, remembering]) {
  if (!authorizer.authorize(request).allowed) throw new Error('the bench request must be allowed');
  medianMicroseconds(() => authorizer.authorize(request)); // warm-up: JIT and the engine's caches
}

const cedar = medianMicroseconds(() => engine.authorize(request));
const remembered = medianMicroseconds(() => remembering.authorize(request));
const floor = medianMicroseconds(() => JSON.stringify(request));
console.log(`cedar decision        median ${cedar.toFixed(1)} µs`);
console.log(`remembered decision   median ${remembered.toFixed(1)} µs`);
console.log(`floor (JSON)          median ${floor.toFixed(1)} µs`);
console.log(`ratio                 engine ${(cedar / floor).toFixed(1)}×, remembered ${(remembered / floor).toFixed(1)}× the floor`);
