/**
 * A voice note's body of 400,000 one-byte parts (23.2 MB, under the route's 25 MB): what the
 * server spends before its `400 At most 12 parts are allowed.`: its CPU (/proc, every thread),
 * the wall time of the answer, and how far its peak resident memory (VmHWM) rose. Each body goes
 * to a fresh server, so the peak is this body's.
 */
import { readFileSync } from 'node:fs';
import { withEdge } from './edge-load.ts';
import { type Figure, median } from './figure.ts';

const PARTS = 400_000;
const ROUNDS = Number(process.env.BENCH_FLOOD_ROUNDS ?? 3);
const BOUNDARY = 'vtflood';

function floodBody(): Uint8Array<ArrayBuffer> {
  const part = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="p"\r\n\r\nx\r\n`;
  return new TextEncoder().encode(`${part.repeat(PARTS)}--${BOUNDARY}--\r\n`);
}

const peakMiB = (pid: number) =>
  Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

interface Flood {
  cpuMs: number;
  wallMs: number;
  peakRiseMiB: number;
  status: number;
}

async function oneFlood(body: Uint8Array<ArrayBuffer>): Promise<Flood> {
  return withEdge({}, async (edge) => {
    // One request first, so the server's lazy start-up work is not counted.
    await fetch(`${edge.url}/api/health`);
    const cpu = edge.cpuMs();
    const peak = peakMiB(edge.pid);
    const start = performance.now();
    const res = await fetch(`${edge.url}/api/voice`, {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      body,
    });
    await res.text();
    return {
      wallMs: performance.now() - start,
      cpuMs: edge.cpuMs() - cpu,
      peakRiseMiB: peakMiB(edge.pid) - peak,
      status: res.status,
    };
  });
}

export async function benchMultipartFlood(): Promise<Figure[]> {
  const body = floodBody();
  const floods: Flood[] = [];
  for (let i = 0; i < ROUNDS; i++) floods.push(await oneFlood(body));
  const statuses = [...new Set(floods.map((f) => f.status))].join(', ');
  const note = `${PARTS.toLocaleString('en')} parts, ${(body.length / 1e6).toFixed(1)} MB; median of ${ROUNDS} fresh servers; answered ${statuses}`;
  const round = (n: number) => Math.round(n * 10) / 10;
  return [
    {
      name: 'many-parts body: server CPU before its 400',
      value: round(median(floods.map((f) => f.cpuMs))),
      unit: 'ms',
      note,
    },
    {
      name: 'many-parts body: answer time',
      value: round(median(floods.map((f) => f.wallMs))),
      unit: 'ms',
      note,
    },
    {
      name: 'many-parts body: peak RSS rise',
      value: round(median(floods.map((f) => f.peakRiseMiB))),
      unit: 'MiB',
      note,
    },
  ];
}
