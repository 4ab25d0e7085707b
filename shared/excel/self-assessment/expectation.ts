/**
 * What the open year expects of a returned template, and how a problem in it is named (sheet, cell, message): plain
 * data shared by the template reader (read.ts, read-rows.ts) and the import worker.
 */
import type { IndicatorDef, Section } from '../../model/criteria';

/** What the open year expects of a returned template (plain data: it crosses into the import worker). */
export interface TemplateExpectation {
  readonly clusterId: string;
  readonly clusterName: string;
  readonly year: number;
  readonly memberIds: readonly string[];
  readonly unitNames: readonly (readonly [string, string])[];
  readonly sections: readonly Section[];
  readonly indicators: readonly IndicatorDef[];
  readonly criteriaVersion: string;
  readonly indicatorsVersion: string;
  /** The year is peer-scored: only peer templates (one per scorer) are accepted, never self-assessment ones. */
  readonly peerMode: boolean;
}

export interface ImportIssue {
  readonly sheet?: string;
  readonly cell?: string;
  readonly message: string;
}
