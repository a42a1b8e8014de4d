/**
 * Every entry of the IPC table, one by one: a valid request passes its schema and junk does not, and wire
 * names are distinct (two methods on one channel would reach the same handler).
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { IPC_REQUEST_SAMPLES } from '../../test-support/ipc-request-samples';
import { CHANNELS, IPC_TABLE, SUBSCRIPTIONS, type IpcMethod } from './channels';

const entries = Object.entries(IPC_TABLE) as [IpcMethod, (typeof IPC_TABLE)[IpcMethod]][];

describe('the IPC table', () => {
  it('names every channel once, apart from the events, and CHANNELS maps each method to its own wire name', () => {
    const wire = entries.map(([, entry]) => entry.channel);
    expect(new Set(wire).size).toBe(wire.length);
    expect(wire.filter((channel) => Object.values(SUBSCRIPTIONS).includes(channel as never))).toEqual([]);
    expect(Object.keys(IPC_TABLE).filter((method) => method in SUBSCRIPTIONS)).toEqual([]);
    for (const [method, entry] of entries) expect(CHANNELS[method]).toBe(entry.channel);
    expect(Object.keys(CHANNELS).sort()).toEqual(Object.keys(IPC_TABLE).sort());
  });

  it('has a request sample for exactly its entries', () => {
    expect(Object.keys(IPC_REQUEST_SAMPLES).sort()).toEqual(Object.keys(IPC_TABLE).sort());
  });

  describe.each(entries)('%s', (method, entry) => {
    const sample: unknown = IPC_REQUEST_SAMPLES[method];
    const shape: Record<string, z.ZodType> = entry.request.shape;
    const fields = Object.keys(shape);

    it('accepts a valid request', () => {
      expect(entry.request.safeParse(sample).success).toBe(true);
    });

    it.each([
      ['nothing', undefined],
      ['null', null],
      ['a string', 'journal:save'],
      ['a number', 42],
      ['an array', [sample]],
      ['a path smuggled in as an extra key', { ...(sample as object), filePath: '/etc/passwd' }],
    ])('rejects %s', (_what, junk) => {
      expect(entry.request.safeParse(junk).success).toBe(false);
    });

    if (fields.length > 0)
      it('rejects a request with a field missing or of the wrong type', () => {
        const required = fields.filter((field) => !shape[field]?.safeParse(undefined).success);
        for (const field of required) {
          const { [field]: _dropped, ...rest } = sample as Record<string, unknown>;
          expect(entry.request.safeParse(rest).success, `without ${field}`).toBe(false);
        }
        // Only reports pass the schema as `unknown`: the handler runs the full report schema and size cap on them.
        const leftToHandler = fields.filter((field) => shape[field]?.def.type === 'unknown');
        expect(leftToHandler.every((field) => field === 'report')).toBe(true);
        for (const field of fields.filter((f) => !leftToHandler.includes(f))) {
          expect(
            entry.request.safeParse({ ...(sample as object), [field]: Symbol('junk') }).success,
            `${field} as a symbol`,
          ).toBe(false);
        }
      });
  });
});
