/** The globals Apps Script sees, and nothing else: registry.ts holds each one's help, keyed by these names. */
export {
  PAR_CLASS,
  PAR_FIELD,
  PAR_FLAGS,
  PAR_INDEX,
  PAR_RANK,
  PAR_SCORE,
  PAR_TOTAL,
} from './custom-functions';
export { applyRoles } from './apply-roles';
export { clearMarks, markDeductions } from './marks';
export { onInstall, onOpen, showSidebar } from './menu';
export { startNewYear } from './new-year';
export { getProgress } from './progress';
export { recomputeRanking } from './recompute';
export { buildReports } from './reports';
export { saveToHistory } from './save-history';
export { getStatus, saveSettings, selectCell, validateWorkbook } from './server';
export { setupWorkbook } from './setup';
