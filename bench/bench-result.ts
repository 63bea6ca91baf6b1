/** One benchmark's outcome, as results.md shows it. */
export interface BenchResult {
  title: string;
  /** What is measured and how, in one or two sentences. */
  method: string;
  /** Label and value pairs, in display order. */
  rows: Array<[string, string]>;
  targets: TargetCheck[];
  /** Causes of missed targets and anything a reader should know about the numbers. */
  notes: string[];
}

export interface TargetCheck {
  name: string;
  target: string;
  actual: string;
  met: boolean;
}
