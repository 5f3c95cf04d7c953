// What `factlens check` hands to its output formats.
import type { AnalyzedFile, SkippedFile } from '../analyzeFiles';

export interface CheckResult {
  files: AnalyzedFile[];
  skipped: SkippedFile[];
}
