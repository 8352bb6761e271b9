/** Test helpers for exports: an output kept in memory and an iteration that makes rows on demand. */
import { Writable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import type { InboxAggregates, InboxRowView } from '../../../src-shared/domain';
import type { InboxIterator, QueryCalendar } from '../store/types';
import { utcCalendar } from '../testing/seeded-store';

export interface MemorySink {
  stream: Writable;
  bytes(): Buffer;
  text(): string;
  /** Lines written so far (CRLF-terminated). */
  lines(): number;
}

/** A writable that keeps what it receives (a small buffer, so backpressure really happens). */
export function memorySink(highWaterMark = 16 * 1024): MemorySink {
  const chunks: Buffer[] = [];
  let lines = 0;
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      for (let at = chunk.indexOf('\r\n'); at !== -1; at = chunk.indexOf('\r\n', at + 2)) lines += 1;
      setImmediate(done);
    },
  });
  return { stream, bytes: () => Buffer.concat(chunks), text: () => Buffer.concat(chunks).toString('utf8'), lines: () => lines };
}

export function rowView(n: number, overrides: Partial<InboxRowView> = {}): InboxRowView {
  return {
    id: `acc:in_${n}`,
    accountId: 'acc',
    accountLabel: 'Acme GPUs',
    provider: 'gpuoutlet',
    providerInvoiceId: `in_${n}`,
    number: `INV-${n}`,
    status: 'open',
    state: 'open',
    payable: true,
    markedPaidAt: null,
    muted: false,
    markState: null,
    possibleDuplicateOf: null,
    rawStatus: 'open',
    kind: 'invoice',
    currency: 'USD',
    total: 1999,
    amountDue: 1999,
    amountPaid: 0,
    issuedAt: '2026-06-01T00:00:00.000Z',
    dueAt: '2026-07-01',
    paidAt: null,
    description: 'GPU hours',
    hasPdf: true,
    tags: [],
    hasNote: false,
    ...overrides,
  };
}

export interface GeneratedIteration extends InboxIterator {
  /** Rows made so far (the iteration makes a batch only when asked for it). */
  made(): number;
  /** Each time a batch was asked for: the rows made before it. */
  readonly requests: number[];
}

/** `count` rows made a batch at a time when the consumer asks, never ahead. */
export function generatedRows(count: number, batchSize: number, make: (n: number) => InboxRowView = (n) => rowView(n), calendar: QueryCalendar = utcCalendar(Date.parse('2026-06-15T12:00:00Z'))): GeneratedIteration {
  let made = 0;
  const requests: number[] = [];
  const aggregates: InboxAggregates = { count, byCurrency: [], aging: [] };
  return {
    count,
    calendar,
    requests,
    made: () => made,
    aggregates: () => aggregates,
    close: () => undefined,
    *[Symbol.iterator]() {
      while (made < count) {
        requests.push(made);
        const size = Math.min(batchSize, count - made);
        const batch: InboxRowView[] = [];
        for (let k = 0; k < size; k += 1) batch.push(make(made + k + 1));
        made += size;
        yield batch;
      }
    },
  };
}

/** The entries of a ZIP (names and contents), read from its central directory: enough to check an archive. */
export function readZip(zip: Buffer): Map<string, Buffer> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a ZIP: no end of central directory');
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let n = 0; n < entries; n += 1) {
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}
