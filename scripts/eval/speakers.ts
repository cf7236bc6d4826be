import type { EvalRow } from './report';

/** (placeholder: to be implemented) */
export function evalSpeakers(): EvalRow[] {
  return [];
}
