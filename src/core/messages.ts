import { ruleStarts } from './rules/keywords';
import type { Language } from './types';

/** The parameters of a message: each named placeholder, a text or a number. */
type P<K extends string> = { readonly [name in K]: string | number };

/**
 * The parameters each message takes. A call with a missing or misspelt parameter does not compile, and a message
 * added to MESSAGES without its line here does not compile either.
 */
interface MessageParams {
  noHeaderRow: P<'column'>;
  missingColumn: P<'column'>;
  nearHeader: P<'header' | 'resembles'>;
  rankedHoldsNumber: P<'column' | 'text'>;
  historyBadYear: P<'text'>;
  historyNoYear: P<never>;
  historyBadWhole: P<'column' | 'text'>;
  historyNoUnit: P<never>;
  historyDuplicateUnit: P<'name' | 'year' | 'row'>;
  previousNameUnknown: P<'name' | 'unit' | 'near'>;
  previousNameShared: P<'name' | 'units'>;
  previousNameIsCurrent: P<'name' | 'unit' | 'other'>;
  historyOtherGroup: P<'unit' | 'year' | 'was' | 'now'>;
  surveyNoRow: P<'name' | 'near'>;
  archiveNoYear: P<never>;
  archiveHistoryErrors: P<'count' | 'list'>;
  archiveDone: P<'year' | 'added' | 'replaced'>;
  archiveRemoved: P<'removed' | 'year'>;
  newYearDone: P<'year' | 'units' | 'removed'>;
  reportUnknownUnit: P<'name' | 'near' | 'units'>;
  reportsWritten: P<'count'>;
  reportOldName: P<'name' | 'units'>;
  noCriteriaSheet: P<'name'>;
  noUnits: P<never>;
  emptyCriteria: P<never>;
  errorValue: P<'text'>;
  notANumber: P<'text'>;
  thousands: P<'text'>;
  twoMarks: P<'text'>;
  dateNotNumber: P<'text'>;
  booleanNotNumber: P<'text'>;
  tooLong: P<never>;
  badCode: P<'text'>;
  duplicateCode: P<'code' | 'row'>;
  missingParent: P<'code' | 'parent'>;
  unknownCode: P<'code' | 'criteria'>;
  leafMaxMissing: P<'code'>;
  maxNegative: P<'code'>;
  parentMaxMismatch: P<'code' | 'given' | 'sum' | 'type'>;
  badType: P<'text'>;
  badIfNoneArose: P<'text'>;
  entryAboveMax: P<'entry' | 'points' | 'max' | 'code'>;
  ruleOnParent: P<'code'>;
  maxTotalNot100: P<'total'>;
  unknownRule: P<'text'>;
  emptyRuleBody: P<'keyword'>;
  badChoiceEntry: P<'entry'>;
  duplicateChoice: P<'label'>;
  badBandEntry: P<'entry'>;
  elseNotLast: P<never>;
  unreachableBand: P<'entry' | 'earlier'>;
  badRatioFloor: P<'text'>;
  formulaSyntax: P<'position' | 'near'>;
  formulaTooDeep: P<'limit'>;
  formulaTooLong: P<'limit'>;
  formulaUnknownFunction: P<'name'>;
  formulaArity: P<'name' | 'expected'>;
  notYesNo: P<'text'>;
  notAChoice: P<'text' | 'code' | 'labels'>;
  ratioAboveOne: P<'value'>;
  ofZero: P<never>;
  noBandMatches: P<'value' | 'code'>;
  badInputs: P<'text'>;
  badInputNumber: P<'name' | 'text'>;
  missingInput: P<'name' | 'code'>;
  divisionByZero: P<'code'>;
  scoreOutOfRange: P<'value' | 'low' | 'high' | 'code'>;
  maxDiffers: P<'given' | 'max'>;
  duplicateUnit: P<'name' | 'row'>;
  missingUnitSheet: P<'name'>;
  badRanked: P<'text'>;
  badPreviousRank: P<'text'>;
  criteriaHasErrors: P<'name'>;
  surveyUnknownUnit: P<'name'>;
  surveyDuplicateUnit: P<'name' | 'row'>;
  surveyRateOutOfRange: P<'text' | 'code'>;
  badBasis: P<'text'>;
  badClassBand: P<'entry'>;
  classBandNotLast: P<'entry'>;
  badYear: P<'text'>;
  badLanguage: P<'text'>;
  badEmail: P<'text'>;
  badStage: P<'text'>;
}

export type MessageKey = keyof MessageParams;

/** Every message a person can see, in Vietnamese and English. Keys are stable; texts may be reworded. */
const MESSAGES = {
  // Sheets and headers
  noHeaderRow: {
    vi: (p) => `Không tìm thấy dòng tiêu đề có cột "${p.column}" trong 10 dòng đầu của sheet.`,
    en: (p) => `No header row with a "${p.column}" column in the first 10 rows of the sheet.`,
  },
  missingColumn: {
    vi: (p) => `Thiếu cột "${p.column}" ở dòng tiêu đề.`,
    en: (p) => `The header row has no "${p.column}" column.`,
  },
  nearHeader: {
    vi: (p) =>
      `Tiêu đề "${p.header}" không phải tên cột nào nên cột này không được đọc; có phải là "${p.resembles}"? Nếu đúng, sửa tiêu đề cho khớp.`,
    en: (p) =>
      `The header "${p.header}" is not a known column, so the column is not read; did you mean "${p.resembles}"? If so, correct the header.`,
  },
  noCriteriaSheet: {
    vi: (p) => `Không có sheet tiêu chí "${p.name}".`,
    en: (p) => `There is no criteria sheet "${p.name}".`,
  },
  noUnits: {
    vi: () =>
      'Bảng tính không có đơn vị nào để chấm (không có sheet Đơn vị và không có sheet nào có cột Mã).',
    en: () => 'The workbook has no unit to score (no Units sheet and no sheet with a Code column).',
  },
  emptyCriteria: {
    vi: () => 'Sheet tiêu chí không có tiêu chí nào.',
    en: () => 'The criteria sheet holds no criterion.',
  },
  // Cell values
  errorValue: {
    vi: (p) => `Ô có lỗi công thức ${p.text}; cần một giá trị.`,
    en: (p) => `The cell holds the formula error ${p.text}; a value is needed.`,
  },
  notANumber: {
    vi: (p) => `"${p.text}" không phải là số.`,
    en: (p) => `"${p.text}" is not a number.`,
  },
  thousands: {
    vi: (p) => `"${p.text}" có dấu phân cách hàng nghìn; chỉ dùng một dấu "," hoặc "." làm dấu thập phân.`,
    en: (p) => `"${p.text}" has thousands separators; use one "," or "." as the decimal mark only.`,
  },
  twoMarks: {
    vi: (p) => `"${p.text}" có hai dấu thập phân; chỉ dùng một dấu "," hoặc ".".`,
    en: (p) => `"${p.text}" has two decimal marks; use only one "," or ".".`,
  },
  dateNotNumber: {
    vi: (p) => `Ô chứa ngày ${p.text}, không phải số.`,
    en: (p) => `The cell holds the date ${p.text}, not a number.`,
  },
  booleanNotNumber: {
    vi: (p) => `Ô chứa ${p.text}, không phải số.`,
    en: (p) => `The cell holds ${p.text}, not a number.`,
  },
  tooLong: {
    vi: () => `Ô quá dài (hơn 5.000 ký tự).`,
    en: () => `The cell is too long (over 5,000 characters).`,
  },
  // Codes
  badCode: {
    vi: (p) => `Mã "${p.text}" không hợp lệ; mã có dạng 1, 1.1, 1.1.2.`,
    en: (p) => `"${p.text}" is not a valid code; codes look like 1, 1.1, 1.1.2.`,
  },
  duplicateCode: {
    vi: (p) => `Mã ${p.code} bị trùng (đã có ở dòng ${p.row}).`,
    en: (p) => `Code ${p.code} appears twice (first on row ${p.row}).`,
  },
  missingParent: {
    vi: (p) => `Mã ${p.code} không có tiêu chí cha ${p.parent}.`,
    en: (p) => `Code ${p.code} has no parent criterion ${p.parent}.`,
  },
  unknownCode: {
    vi: (p) => `Mã ${p.code} không có trong bộ tiêu chí "${p.criteria}".`,
    en: (p) => `Code ${p.code} is not in the criteria sheet "${p.criteria}".`,
  },
  // Criteria sheet
  leafMaxMissing: {
    vi: (p) => `Tiêu chí ${p.code} thiếu điểm tối đa.`,
    en: (p) => `Criterion ${p.code} has no maximum points.`,
  },
  maxNegative: {
    vi: (p) => `Điểm tối đa của tiêu chí ${p.code} không được âm.`,
    en: (p) => `The maximum points of criterion ${p.code} cannot be negative.`,
  },
  parentMaxMismatch: {
    vi: (p) =>
      `Điểm tối đa của ${p.code} là ${p.given} nhưng tổng điểm tối đa các tiêu chí lá loại "${p.type}" bên dưới là ${p.sum}; ghi ${p.sum} hoặc để trống ô này.`,
    en: (p) =>
      `The maximum of ${p.code} is ${p.given} but the ${p.type} leaves below it add up to ${p.sum}; write ${p.sum} or leave the cell blank.`,
  },
  badType: {
    vi: (p) => `Loại "${p.text}" không hợp lệ; dùng điểm, điểm cộng hoặc điểm trừ.`,
    en: (p) => `"${p.text}" is not a type; use score, bonus or penalty.`,
  },
  badIfNoneArose: {
    vi: (p) =>
      `"${p.text}" không phải cách xử lý khi không phát sinh; ghi tối đa, không áp dụng, hoặc để trống (không áp dụng).`,
    en: (p) => `"${p.text}" is not an If none arose policy; write max, n/a, or leave it blank (n/a).`,
  },
  entryAboveMax: {
    vi: (p) => `Mức "${p.entry}" cho ${p.points} điểm, vượt điểm tối đa ${p.max} của tiêu chí ${p.code}.`,
    en: (p) =>
      `The entry "${p.entry}" gives ${p.points} points, more than the maximum ${p.max} of criterion ${p.code}.`,
  },
  ruleOnParent: {
    vi: (p) => `Cách chấm ở tiêu chí cha ${p.code} không được dùng; chỉ tiêu chí lá được chấm.`,
    en: (p) => `The rule on parent criterion ${p.code} is not used; only leaves are scored.`,
  },
  maxTotalNot100: {
    vi: (p) => `Tổng điểm tối đa của bộ tiêu chí là ${p.total}, không phải 100.`,
    en: (p) => `The criteria's maxima add up to ${p.total}, not 100.`,
  },
  // Rule language
  unknownRule: {
    vi: (p) => `Không hiểu cách chấm "${p.text}". Dùng: ${ruleStarts('vi').join(', ')}.`,
    en: (p) => `Unknown rule "${p.text}". Use: ${ruleStarts('en').join(', ')}.`,
  },
  emptyRuleBody: {
    vi: (p) => `Cách chấm "${p.keyword}" cần danh sách sau dấu hai chấm.`,
    en: (p) => `The rule "${p.keyword}" needs a list after the colon.`,
  },
  badChoiceEntry: {
    vi: (p) => `Lựa chọn "${p.entry}" không đúng dạng "nhãn=điểm".`,
    en: (p) => `The choice "${p.entry}" is not of the form "label=points".`,
  },
  duplicateChoice: {
    vi: (p) => `Lựa chọn "${p.label}" bị lặp.`,
    en: (p) => `The choice "${p.label}" is listed twice.`,
  },
  badBandEntry: {
    vi: (p) => `Mức "${p.entry}" không đúng dạng ">=90%=2" hoặc "else=0".`,
    en: (p) => `The band "${p.entry}" is not of the form ">=90%=2" or "else=0".`,
  },
  elseNotLast: {
    vi: () => `Mức "else" (còn lại) phải đứng cuối cùng.`,
    en: () => `The "else" band must come last.`,
  },
  unreachableBand: {
    vi: (p) =>
      `Mức "${p.entry}" không bao giờ được dùng vì mức "${p.earlier}" đứng trước đã bao trùm nó; sắp xếp lại các mức.`,
    en: (p) =>
      `The band "${p.entry}" can never apply because the earlier band "${p.earlier}" covers it; reorder the bands.`,
  },
  badRatioFloor: {
    vi: (p) => `Ngưỡng tỷ lệ "${p.text}" không hợp lệ; viết ví dụ "tỷ lệ >=80%".`,
    en: (p) => `The ratio floor "${p.text}" is not valid; write e.g. "ratio >=80%".`,
  },
  formulaSyntax: {
    vi: (p) =>
      `Công thức không đọc được ở ký tự ${p.position} ("${p.near}"); chỉ dùng số, tên số liệu, + - * / ( ), so sánh >= > <= < = <>, min, max, round, nếu, và, hoặc, không.`,
    en: (p) =>
      `The formula cannot be read at character ${p.position} ("${p.near}"); use numbers, input names, + - * / ( ), comparisons >= > <= < = <>, min, max, round, if, and, or, not only.`,
  },
  formulaTooDeep: {
    vi: (p) => `Công thức lồng quá sâu (quá ${p.limit} cấp ngoặc).`,
    en: (p) => `The formula is nested too deeply (over ${p.limit} levels).`,
  },
  formulaTooLong: {
    vi: (p) => `Công thức quá dài (hơn ${p.limit} ký tự).`,
    en: (p) => `The formula is too long (over ${p.limit} characters).`,
  },
  formulaUnknownFunction: {
    vi: (p) => `Hàm "${p.name}" không được hỗ trợ; chỉ dùng min, max, round, nếu, và, hoặc, không.`,
    en: (p) => `The function "${p.name}" is not supported; use min, max, round, if, and, or, not only.`,
  },
  formulaArity: {
    vi: (p) => `Hàm ${p.name} cần ${p.expected} đối số.`,
    en: (p) => `The function ${p.name} takes ${p.expected} arguments.`,
  },
  // Unit values against rules
  notYesNo: {
    vi: (p) => `"${p.text}" không phải Có/Không (Có, Đạt, x, 1 hoặc Không, Không đạt, 0).`,
    en: (p) => `"${p.text}" is not yes/no (Yes, Có, x, 1 or No, Không, 0).`,
  },
  notAChoice: {
    vi: (p) => `"${p.text}" không phải lựa chọn của tiêu chí ${p.code}; các lựa chọn: ${p.labels}.`,
    en: (p) => `"${p.text}" is not a choice of criterion ${p.code}; the choices are: ${p.labels}.`,
  },
  ratioAboveOne: {
    vi: (p) =>
      `Số liệu ${p.value} lớn hơn 1 nhưng được dùng như tỷ lệ: ghi ${p.value}% hoặc điền cột "Trên tổng số".`,
    en: (p) =>
      `The value ${p.value} is above 1 but is used as a ratio: write ${p.value}% or fill the "Of" column.`,
  },
  ofZero: {
    vi: () =>
      `Tổng số (mẫu số) bằng 0. Nếu năm nay không phát sinh việc này, ghi "Không phát sinh" ở ô Số liệu (cột Nếu không phát sinh của sheet tiêu chí cho biết khi đó đơn vị được tính thế nào).`,
    en: () =>
      `The denominator (Of) is 0. If nothing arose this year, write "None arose" (or "Không phát sinh") in Value (the criteria sheet's If none arose column says what the unit then gets).`,
  },
  noBandMatches: {
    vi: (p) => `Số liệu ${p.value} không thuộc mức nào của tiêu chí ${p.code}.`,
    en: (p) => `The value ${p.value} falls in no band of criterion ${p.code}.`,
  },
  badInputs: {
    vi: (p) => `Số liệu "${p.text}" phải có dạng "a=10; b=7" hoặc là một số.`,
    en: (p) => `The value "${p.text}" must look like "a=10; b=7" or be a number.`,
  },
  badInputNumber: {
    vi: (p) => `Số liệu "${p.name}" = "${p.text}" không phải là số.`,
    en: (p) => `The input "${p.name}" = "${p.text}" is not a number.`,
  },
  missingInput: {
    vi: (p) => `Thiếu số liệu "${p.name}" mà công thức của tiêu chí ${p.code} cần.`,
    en: (p) => `The input "${p.name}" that criterion ${p.code}'s formula needs is missing.`,
  },
  divisionByZero: {
    vi: (p) => `Công thức của tiêu chí ${p.code} chia cho 0 với số liệu này.`,
    en: (p) => `Criterion ${p.code}'s formula divides by zero with these inputs.`,
  },
  scoreOutOfRange: {
    vi: (p) => `Điểm ${p.value} ngoài khoảng cho phép [${p.low}; ${p.high}] của tiêu chí ${p.code}.`,
    en: (p) =>
      `The score ${p.value} is outside the allowed range [${p.low}, ${p.high}] of criterion ${p.code}.`,
  },
  maxDiffers: {
    vi: (p) => `Điểm tối đa ${p.given} khác với bộ tiêu chí (${p.max}).`,
    en: (p) => `The maximum ${p.given} differs from the criteria sheet's (${p.max}).`,
  },
  // Units sheet
  duplicateUnit: {
    vi: (p) => `Đơn vị "${p.name}" bị trùng tên (đã có ở dòng ${p.row}).`,
    en: (p) => `The unit "${p.name}" appears twice (first on row ${p.row}).`,
  },
  missingUnitSheet: {
    vi: (p) => `Không có sheet "${p.name}" của đơn vị.`,
    en: (p) => `There is no sheet "${p.name}" for the unit.`,
  },
  badRanked: {
    vi: (p) => `"${p.text}" ở cột Xếp hạng phải là Có hoặc Không.`,
    en: (p) => `"${p.text}" in the Ranked column must be Yes or No.`,
  },
  rankedHoldsNumber: {
    vi: (p) =>
      `Cột "${p.column}" được đọc là có xếp hạng hay không (Có/Không), nhưng ô chứa số ${p.text}; thứ hạng năm trước ghi ở cột "Xếp hạng năm trước".`,
    en: (p) =>
      `The column "${p.column}" is read as Ranked (Yes/No), but the cell holds the number ${p.text}; last year's rank goes in a "Previous rank" column.`,
  },
  badPreviousRank: {
    vi: (p) => `Xếp hạng năm trước "${p.text}" phải là số nguyên từ 1 trở lên.`,
    en: (p) => `The previous rank "${p.text}" must be a whole number from 1 up.`,
  },
  criteriaHasErrors: {
    vi: (p) => `Bộ tiêu chí "${p.name}" có lỗi; đơn vị chưa được chấm.`,
    en: (p) => `The criteria sheet "${p.name}" has errors; the unit is not scored.`,
  },
  // Survey
  surveyUnknownUnit: {
    vi: (p) => `Đơn vị "${p.name}" ở sheet điều tra không có trong danh sách đơn vị.`,
    en: (p) => `The unit "${p.name}" in the survey sheet is not a listed unit.`,
  },
  surveyDuplicateUnit: {
    vi: (p) => `Đơn vị "${p.name}" có hai dòng ở sheet điều tra (đã có ở dòng ${p.row}).`,
    en: (p) => `The unit "${p.name}" has two rows in the survey sheet (first on row ${p.row}).`,
  },
  surveyRateOutOfRange: {
    vi: (p) => `Tỷ lệ điều tra "${p.text}" của tiêu chí ${p.code} nằm ngoài khoảng 0–100 %.`,
    en: (p) => `The survey rate "${p.text}" of criterion ${p.code} is outside 0–100 %.`,
  },
  // Settings
  badBasis: {
    vi: (p) =>
      `"${p.text}" không phải cách lấy điểm xếp hạng; dùng auto (tự động), self (tự chấm) hoặc appraised (thẩm định).`,
    en: (p) => `"${p.text}" is not a basis; use auto, self or appraised.`,
  },
  badClassBand: {
    vi: (p) => `Xếp loại "${p.entry}" không đúng dạng "A>=90; B>=80; C>=70; D".`,
    en: (p) => `The class band "${p.entry}" is not of the form "A>=90; B>=80; C>=70; D".`,
  },
  classBandNotLast: {
    vi: (p) => `Xếp loại "${p.entry}" không có điều kiện nên phải đứng cuối cùng.`,
    en: (p) => `The class "${p.entry}" has no test, so it must come last.`,
  },
  badYear: {
    vi: (p) => `Năm "${p.text}" không hợp lệ.`,
    en: (p) => `"${p.text}" is not a year.`,
  },
  badLanguage: {
    vi: (p) => `Ngôn ngữ "${p.text}" không hợp lệ; dùng vi hoặc en.`,
    en: (p) => `"${p.text}" is not a language; use vi or en.`,
  },
  // Roles and stages
  badEmail: {
    vi: (p) => `"${p.text}" không phải địa chỉ thư điện tử.`,
    en: (p) => `"${p.text}" is not an e-mail address.`,
  },
  badStage: {
    vi: (p) => `Giai đoạn "${p.text}": dùng kê khai, thẩm định, giải trình hoặc công bố.`,
    en: (p) => `"${p.text}" is not a stage: use self-assessment, appraisal, explanation or published.`,
  },
  // History and saving a year
  historyBadYear: {
    vi: (p) => `Năm "${p.text}" phải là một số nguyên.`,
    en: (p) => `The year "${p.text}" must be a whole number.`,
  },
  historyNoYear: {
    vi: () => 'Dòng có số liệu nhưng thiếu năm.',
    en: () => 'The row has data but no year.',
  },
  historyBadWhole: {
    vi: (p) => `${p.column} "${p.text}" phải là số nguyên từ 1 trở lên.`,
    en: (p) => `${p.column} "${p.text}" must be a whole number from 1 up.`,
  },
  historyNoUnit: {
    vi: () => 'Dòng có số liệu nhưng thiếu tên đơn vị.',
    en: () => 'The row has data but no unit name.',
  },
  historyDuplicateUnit: {
    vi: (p) => `Đơn vị "${p.name}" có hai dòng năm ${p.year} (đã có ở dòng ${p.row}).`,
    en: (p) => `The unit "${p.name}" has two rows for ${p.year} (first on row ${p.row}).`,
  },
  previousNameUnknown: {
    vi: (p) =>
      `Tên năm trước "${p.name}" của ${p.unit} không có ở sheet Lịch sử nên không được dùng` +
      (p.near ? `; có phải là: ${p.near}?` : '.') +
      (String(p.name).includes(',') ? ' Các tên cũ của đơn vị hợp nhất ngăn bằng dấu ";".' : ''),
    en: (p) =>
      `The previous name "${p.name}" of ${p.unit} is not in the History sheet, so it is not used` +
      (p.near ? `; did you mean: ${p.near}?` : '.') +
      (String(p.name).includes(',') ? ' A merged unit\'s old names are separated by ";".' : ''),
  },
  previousNameShared: {
    vi: (p) =>
      `Tên năm trước "${p.name}" được nhiều đơn vị ghi (${p.units}): không so sánh với các năm trước.`,
    en: (p) =>
      `The previous name "${p.name}" is given by several units (${p.units}): not compared with earlier years.`,
  },
  previousNameIsCurrent: {
    vi: (p) =>
      `Tên năm trước "${p.name}" của ${p.unit} là tên năm nay của ${p.other}: không so sánh với các năm trước.`,
    en: (p) =>
      `The previous name "${p.name}" of ${p.unit} is this year's name of ${p.other}: not compared with earlier years.`,
  },
  historyOtherGroup: {
    vi: (p) =>
      `${p.unit} năm ${p.year} ở nhóm "${p.was}", năm nay ở nhóm "${p.now}": không so sánh thứ hạng.`,
    en: (p) => `${p.unit} was in "${p.was}" in ${p.year}, in "${p.now}" now: ranks not compared.`,
  },
  surveyNoRow: {
    vi: (p) =>
      `${p.name} không có dòng ở sheet điều tra: không chấm các tiêu chí điều tra` +
      (p.near ? `; có phải dòng ${p.near}?` : '.'),
    en: (p) =>
      `${p.name} has no row in the survey sheet: its survey criteria are not scored` +
      (p.near ? `; is it the row ${p.near}?` : '.'),
  },
  archiveNoYear: {
    vi: () => 'Chưa lưu vào Lịch sử: sheet Cài đặt chưa có Năm (ví dụ Năm = 2025).',
    en: () => 'Not saved to History: the Settings sheet has no Year (e.g. Year = 2025).',
  },
  archiveHistoryErrors: {
    vi: (p) => `Chưa lưu vào Lịch sử: cần sửa ${p.count} lỗi của sheet Lịch sử: ${p.list}`,
    en: (p) => `Not saved to History: fix the History sheet's ${p.count} errors first: ${p.list}`,
  },
  archiveDone: {
    vi: (p) => `Đã lưu năm ${p.year} vào Lịch sử: thêm ${p.added} dòng, thay ${p.replaced} dòng.`,
    en: (p) => `Saved ${p.year} to History: ${p.added} rows added, ${p.replaced} replaced.`,
  },
  archiveRemoved: {
    vi: (p) => `Bỏ ${p.removed} dòng năm ${p.year} của đơn vị năm nay không có thứ hạng.`,
    en: (p) => `Removed ${p.removed} rows of ${p.year} for units without a rank this year.`,
  },
  newYearDone: {
    vi: (p) =>
      `Năm mới ${p.year}: đã xoá số liệu và điểm năm nay ở ${p.units} sheet đơn vị, bỏ ${p.removed} sheet kết quả; giai đoạn kê khai.`,
    en: (p) =>
      `New year ${p.year}: this year's entries emptied in ${p.units} unit sheets, ${p.removed} generated tabs removed; stage self-assessment.`,
  },
  // Unit reports
  reportUnknownUnit: {
    vi: (p) =>
      p.near
        ? `Không có đơn vị "${p.name}". Có phải là: ${p.near}?`
        : `Không có đơn vị "${p.name}". Các đơn vị: ${p.units}.`,
    en: (p) =>
      p.near
        ? `There is no unit "${p.name}". Did you mean: ${p.near}?`
        : `There is no unit "${p.name}". The units are: ${p.units}.`,
  },
  reportsWritten: {
    vi: (p) => `Đã ghi ${p.count} báo cáo đơn vị.`,
    en: (p) => `Wrote ${p.count} unit ${p.count === 1 ? 'report' : 'reports'}.`,
  },
  reportOldName: {
    vi: (p) => `"${p.name}" là tên năm trước; năm nay là: ${p.units}.`,
    en: (p) => `"${p.name}" is a previous name; this year it is: ${p.units}.`,
  },
} satisfies { [K in MessageKey]: Record<Language, (p: MessageParams[K]) => string> };

/** The parameters argument of a message: required when it has placeholders, optional when it has none. */
export type ParamsArg<K extends MessageKey> = keyof MessageParams[K] extends never
  ? [params?: MessageParams[K]]
  : [params: MessageParams[K]];

/** A message key with its parameters, for results that carry a message to whoever reports it. */
export type KeyedMessage = { [K in MessageKey]: { key: K; params: MessageParams[K] } }[MessageKey];

/** A keyed message value, checked as `message` checks its arguments. */
export function keyed<K extends MessageKey>(key: K, ...params: ParamsArg<K>): KeyedMessage {
  return { key, params: params[0] ?? {} } as KeyedMessage;
}

function render(language: Language, key: MessageKey, params: object): string {
  return (MESSAGES[key][language] as (p: object) => string)(params);
}

export function message<K extends MessageKey>(language: Language, key: K, ...params: ParamsArg<K>): string {
  return render(language, key, params[0] ?? {});
}

/** The text of a keyed message. */
export function messageOf(language: Language, keyedMessage: KeyedMessage): string {
  return render(language, keyedMessage.key, keyedMessage.params);
}

/** Every message key, for the tests of the tables. */
export const MESSAGE_KEYS = Object.keys(MESSAGES) as MessageKey[];

/** The raw texts, for the tests that compare the two languages' placeholders. */
export function messageText(language: Language, key: MessageKey): (p: object) => string {
  return MESSAGES[key][language] as (p: object) => string;
}
