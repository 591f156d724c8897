/*
 * Every KPI status, as data: the judgement rules' checker and their schema read this one list.
 * It imports nothing at run time, so that munikpi/schema can read it without the KPI engine.
 */
import type { KpiStatus } from './status.js';

/**
 * Every status a KPI evaluation can have.
 * @internal
 */
export const ALL_KPI_STATUSES = [
  'behind',
  'on-track',
  'ahead',
  'achieved',
  'no-data',
  'untargeted',
  'unchanged',
  'worse',
  'not-judgeable',
] as const satisfies readonly KpiStatus[];

/** Fails tsc when a status is added to KpiStatus and not to the list. */
const everyStatus: Exclude<KpiStatus, (typeof ALL_KPI_STATUSES)[number]> extends never ? true : never = true;
void everyStatus;
