export function generatePlan(options?: { points?: number; seed?: number; force?: string; objectives?: number }): { text: string; measures: number };
export const forces: string[];
