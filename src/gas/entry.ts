/** The globals Apps Script sees, and nothing else: every one is listed in registry.ts with its help text. */
import type { ServerApi } from '../shared/api';
import {
  PAR_CLASS,
  PAR_FIELD,
  PAR_FLAGS,
  PAR_INDEX,
  PAR_RANK,
  PAR_SCORE,
  PAR_TOTAL,
} from './custom-functions';
import { clearMarks, markDeductions } from './marks';
import { onInstall, onOpen, showSidebar } from './menu';
import { readProgress } from './progress';
import { recompute } from './recompute';
import { getStatus, saveSettings, selectCell, validate } from './server';
import { setup } from './setup';

const api: ServerApi = {
  getStatus,
  validateWorkbook: validate,
  recomputeRanking: recompute,
  getProgress: readProgress,
  markDeductions,
  clearMarks,
  setupWorkbook: setup,
  saveSettings,
  selectCell,
};

export const validateWorkbook = api.validateWorkbook;
export const recomputeRanking = api.recomputeRanking;
export const getProgress = api.getProgress;
export const setupWorkbook = api.setupWorkbook;
export { getStatus, saveSettings, selectCell, markDeductions, clearMarks };
export { onOpen, onInstall, showSidebar };
export { PAR_SCORE, PAR_TOTAL, PAR_INDEX, PAR_FIELD, PAR_RANK, PAR_CLASS, PAR_FLAGS };
