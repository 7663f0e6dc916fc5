/** The sidebar: wires the views to the server calls and keeps one State. */
import type { Language } from '../src/core/types';
import type {
  ErrorDto,
  RecomputeDto,
  ReportsDto,
  RolesDto,
  SettingsDto,
  SetupDto,
  StatusDto,
  ValidationDto,
} from '../src/shared/api';
import { createActions, type ButtonAction } from './actions';
import { h } from './dom';
import { createErrorList } from './error-list';
import { strings, type Strings } from './i18n';
import { createProgress } from './progress';
import { createReportCard } from './report-card';
import { createRolesCard } from './roles-card';
import { call } from './rpc';
import { createSettingsForm } from './settings-form';
import type { ActionName, Notice, State, View } from './state';
import { createStatusCard } from './status-card';
import { createSummary } from './summary';

const POLL_MS = 500;

const state: State = {
  language: 'vi',
  status: null,
  errors: null,
  warnings: null,
  groups: null,
  running: null,
  progress: null,
  notice: null,
};

const statusCard = createStatusCard();
const actions = createActions((action) => void runAction(action));
const progress = createProgress();
const summary = createSummary();
const reportCard = createReportCard(() => void buildReports());
const rolesCard = createRolesCard(() => void applyRoles());
const errorList = createErrorList((issue) => void selectIssue(issue));
const settings = createSettingsForm({
  onLanguage: (language) => setLanguage(language),
  onSave: (values) => void save(values),
});
const views: View[] = [statusCard, actions, progress, errorList, summary, reportCard, rolesCard, settings];
const app = h('main', { className: 'sidebar', id: 'app' }, ...views.map((v) => v.root));

/** The user's own choice of language wins over the workbook's until settings are saved. */
let languageChosen = false;

function render(): void {
  const s = strings(state.language);
  document.documentElement.lang = state.language;
  document.title = s.title;
  app.setAttribute('aria-busy', String(state.running !== null));
  for (const view of views) view.update(state, s);
}

function setLanguage(language: Language): void {
  languageChosen = true;
  state.language = language;
  render();
}

function applyStatus(status: StatusDto, fromSave = false): void {
  state.status = status;
  if (fromSave || !languageChosen) state.language = status.settings.language;
}

function applyValidation(result: ValidationDto): void {
  applyStatus(result.status);
  state.errors = result.errors;
  state.warnings = result.warnings;
}

const done = (tone: Notice['tone'], text: (s: Strings) => string): Notice => ({ tone, text });

/** Runs one call with every button disabled, then shows its outcome or its failure. */
async function run<T>(
  action: ActionName,
  work: () => Promise<T>,
  finish: (result: T) => Notice | null,
): Promise<void> {
  if (state.running !== null) return;
  const trigger = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  state.running = action;
  state.progress = null;
  render();
  let notice: Notice | null;
  try {
    notice = finish(await work());
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    notice = done('error', (s) => s.failed(message));
  }
  state.running = null;
  state.progress = null;
  state.notice = notice;
  render();
  // Disabling a focused button drops keyboard focus; give it back.
  if (trigger?.isConnected && (document.activeElement === null || document.activeElement === document.body)) {
    trigger.focus();
  }
}

function validationNotice(result: ValidationDto): Notice {
  const errors = result.errors.length;
  const warnings = result.warnings.length;
  if (errors > 0) return done('warning', (s) => s.validFound(errors, warnings));
  if (warnings > 0) return done('success', (s) => s.validWarnings(warnings));
  return done('success', (s) => s.validOk);
}

function recomputeNotice(result: RecomputeDto): Notice {
  const ranked = result.groups.reduce((n, g) => n + g.ranked, 0);
  const errors = result.errors.length;
  const tabs = (s: Strings): string => s.quote(result.rankingSheet) + s.and + s.quote(result.deductionsSheet);
  return done(
    errors > 0 ? 'warning' : 'success',
    (s) => s.recomputed(ranked, tabs(s)) + (errors ? s.recomputedErrors(errors) : ''),
  );
}

/** Recomputes while asking the server for its progress every POLL_MS. */
async function recomputeWithProgress(): Promise<RecomputeDto> {
  let polling = true;
  let inFlight = false;
  const timer = setInterval(() => {
    if (!polling || inFlight) return;
    inFlight = true;
    call('getProgress')
      .then((p) => {
        // A finished progress is the previous run's until this call returns: the result itself ends the bar.
        if (polling && p && p.done < p.total && state.running === 'recompute') {
          state.progress = p;
          render();
        }
      })
      .catch(() => undefined) // a missed progress report is not worth a message
      .finally(() => (inFlight = false));
  }, POLL_MS);
  try {
    return await call('recomputeRanking');
  } finally {
    polling = false;
    clearInterval(timer);
  }
}

/**
 * Builds the chosen reports: each call writes as many tabs as fit in its time and returns the units left, so the
 * sidebar calls again with those until none is left, showing how many are written.
 */
async function buildReportsInBatches(): Promise<ReportsDto> {
  let left: string[] | 'all' = reportCard.choice();
  let total = 0;
  const written: string[] = [];
  for (;;) {
    const batch: ReportsDto = await call('buildReports', left);
    if (total === 0) total = batch.total;
    written.push(...batch.written);
    if (batch.remaining.length === 0) return { ...batch, written, total };
    // A call that wrote nothing would repeat forever.
    if (batch.written.length === 0) throw new Error(batch.message);
    left = batch.remaining;
    state.progress = {
      done: written.length,
      total,
      message: strings(state.language).reportProgress(written.length, total),
    };
    render();
  }
}

async function buildReports(): Promise<void> {
  await run('report', buildReportsInBatches, (r) => done('success', (s) => s.reportsDone(r.written.length)));
}

/**
 * Saves the chosen stage and applies the roles: past 200 units a call returns the units left and the sidebar calls
 * again with them. Errors of the roles (a bad address) are listed like the workbook's.
 */
async function applyRolesInBatches(): Promise<RolesDto> {
  let result: RolesDto = await call('applyRoles', rolesCard.stage());
  const total = result.units + result.remaining.length;
  let done = result.units;
  while (result.ok && result.remaining.length > 0) {
    state.progress = { done, total, message: strings(state.language).rolesProgress(done, total) };
    render();
    result = await call('applyRoles', null, result.remaining);
    done += result.units;
  }
  return result;
}

async function applyRoles(): Promise<void> {
  await run('roles', applyRolesInBatches, (r) => {
    if (!r.ok) {
      state.errors = r.errors;
      state.warnings ??= [];
    }
    return done(r.ok ? 'success' : 'warning', () => r.message);
  });
}

/** The server's own message (in the workbook's language) when it sent one, else ours. */
function serverNotice(message: string, fallback: (s: Strings) => string): Notice {
  return done('success', message.trim() ? () => message : fallback);
}

async function setupAndReload(): Promise<{ setup: SetupDto; status: StatusDto | null }> {
  const setup = await call('setupWorkbook', actions.template());
  return { setup, status: await call('getStatus').catch(() => null) };
}

async function runAction(action: ButtonAction): Promise<void> {
  switch (action) {
    case 'validate':
      return run(
        action,
        () => call('validateWorkbook'),
        (r) => {
          applyValidation(r);
          return validationNotice(r);
        },
      );
    case 'recompute':
      return run(action, recomputeWithProgress, (r) => {
        applyValidation(r);
        state.groups = r.groups;
        return recomputeNotice(r);
      });
    case 'mark':
      return run(
        action,
        () => call('markDeductions'),
        (r) => serverNotice(r.message, (s) => s.marked(r.rows, r.sheets)),
      );
    case 'clear':
      return run(
        action,
        () => call('clearMarks'),
        (r) => serverNotice(r.message, (s) => s.cleared(r.rows, r.sheets)),
      );
    case 'archive':
      return run(
        action,
        () => call('saveToHistory'),
        (r) => done(r.ok ? 'success' : 'warning', () => r.message),
      );
    case 'setup':
      return run(action, setupAndReload, ({ setup, status }) => {
        if (status) applyStatus(status);
        return serverNotice(setup.message, (s) => s.setupDone(setup.created.length, setup.kept.length));
      });
    default: {
      // Every button has its case above: a button added without one does not compile.
      const unhandled: never = action;
      throw new Error(`no handler for ${String(unhandled)}`);
    }
  }
}

async function save(values: SettingsDto): Promise<void> {
  await run(
    'save',
    () => call('saveSettings', values),
    (status) => {
      applyStatus(status, true);
      languageChosen = false;
      settings.setValues(status.settings);
      return done('success', (s) => s.saved);
    },
  );
}

async function selectIssue(issue: ErrorDto): Promise<void> {
  if (issue.sheet === null) return;
  try {
    await call('selectCell', issue.sheet, issue.cell);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    state.notice = done('error', (s) => s.failed(message));
    render();
  }
}

async function load(): Promise<void> {
  await run(
    'load',
    () => call('getStatus'),
    (status) => {
      applyStatus(status);
      settings.setValues(status.settings);
      return null;
    },
  );
}

document.body.appendChild(app);
render();
void load();
