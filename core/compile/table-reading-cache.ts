/**
 * One `readTable` per table object during a compile: the shape signature, the sum and the per-unit breakdown
 * all read the same units' tables. Tables are never changed in place while compiling (sums go into copies), so
 * a reading stays true for its object.
 */
import { readTable, type TableReading } from '../check/table-reading';
import type { Table } from '../model/report-schema';

const readings = new WeakMap<Table, TableReading>();

export function readTableOnce(table: Table): TableReading {
  let reading = readings.get(table);
  if (!reading) readings.set(table, (reading = readTable(table)));
  return reading;
}
