// `contentlayer2 build|dev` without effect-ts tracing, so the content build stays linear in the
// number of documents. contentlayer2's CLI switches tracing on (its first import is
// '@contentlayer2/utils/effect/Tracing/Enable'); then every fiber it forks copies its parent's
// stack-trace buffer (FiberContext.fork → captureTrace → RingBuffer.listReverse in
// @effect-ts/system). contentlayer's published code carries no trace locations, so every entry is
// a NoLocation, which that RingBuffer does not count against its limit of 25: the buffer grows
// with the number of documents and each copy gets longer. 10,000 generated interventions on the
// 2-core build machine: 141–261 s with tracing, 48–51 s without, byte for byte the same output.
// Tracing only adds effect-ts fiber traces to crash reports (contentlayer2 --verbose); content
// errors are reported the same either way.
import { defaultRuntime } from '@effect-ts/core/Effect';
import { ensureNode } from './lib.mjs';

await ensureNode();

const { run } = await import('@contentlayer2/cli');
// After the CLI's import, whatever it switched on: the platform every fiber reads its settings from.
Object.assign(defaultRuntime.platform.value, { traceExecution: false, traceStack: false, traceEffects: false, initialTracingStatus: false });
await run();
