/**
 * Every global Apps Script must see, with the help Sheets shows while typing. The build renders a top-level
 * stub with this JSDoc for each entry (esbuild drops comments). Keyed by the names entry.ts exports, so a global
 * without help (or help without a global) does not compile. Pure data: the build loads this file on its own
 * (the import of entry.ts is type-only and vanishes). It is the one import circle kept on purpose: entry.ts
 * re-exports what imports GlobalName from here, and the compiler needs both sides to hold them together.
 */
import type { ServerApi } from '../shared/api';
import type * as Entry from './entry';

export type GlobalName = keyof typeof Entry;

type Holds<T extends true> = T;
/** Every call of the sidebar is a global of the same name and signature: a missing or changed one fails to compile. */
export type SidebarCallsAreGlobals = Holds<
  Pick<typeof Entry, keyof ServerApi> extends ServerApi ? true : false
>;

export interface GlobalEntry {
  kind: 'trigger' | 'menu' | 'rpc' | 'custom';
  description: { vi: string; en: string };
  params: { name: string; type: string; description: string }[];
  returns?: { type: string; description: string };
}

const criteriaParam = {
  name: 'criteria',
  type: 'Array<Array<any>>',
  description:
    '[tuỳ chọn / optional] Vùng sheet Tiêu chí; truyền vào để ô tính lại khi tiêu chí đổi, bỏ trống thì đọc sheet đó / the Criteria range, so the cell recalculates when it changes; left out, that sheet is read.',
};
const surveyParam = {
  name: 'survey',
  type: 'Array<Array<any>>',
  description:
    '[tuỳ chọn / optional] Vùng sheet Điều tra (cần unit); bỏ trống thì tiêu chí điều tra bị bỏ qua / the Survey range (needs unit); left out, survey criteria are left out.',
};
const unitNameParam = {
  name: 'unit',
  type: 'string',
  description:
    "[tuỳ chọn / optional] Tên đơn vị, để tìm dòng của nó ở sheet Điều tra / the unit's name, to find its Survey row.",
};
const groupParam = {
  name: 'group',
  type: 'string',
  description:
    "[tuỳ chọn / optional] Khối của đơn vị, cho cột Áp dụng cho; bỏ trống thì chỉ chấm tiêu chí chung / the unit's group, for Applies to; left out, only criteria for every unit count.",
};
/** What the unit functions take after the unit range (and PAR_FIELD's field): what the ranking uses. */
const rankingParams = [criteriaParam, surveyParam, unitNameParam, groupParam];
const unitParam = {
  name: 'unitRange',
  type: 'Array<Array<any>>',
  description:
    'Vùng sheet của đơn vị, có dòng tiêu đề (vd. A1:I80) / the unit sheet range, with its header row.',
};

export const REGISTRY: Record<GlobalName, GlobalEntry> = {
  onOpen: {
    kind: 'trigger',
    description: {
      vi: 'Thêm menu Chỉ số CCHC khi mở bảng tính.',
      en: 'Adds the PAR Index menu when the spreadsheet opens.',
    },
    params: [{ name: 'e', type: 'Object', description: 'Sự kiện mở / the open event.' }],
  },
  onInstall: {
    kind: 'trigger',
    description: {
      vi: 'Chạy khi cài tiện ích: thêm menu.',
      en: 'Runs when the add-on is installed: adds the menu.',
    },
    params: [{ name: 'e', type: 'Object', description: 'Sự kiện cài đặt / the install event.' }],
  },
  showSidebar: {
    kind: 'menu',
    description: { vi: 'Mở thanh bên Chỉ số CCHC.', en: 'Opens the PAR Index sidebar.' },
    params: [],
  },
  validateWorkbook: {
    kind: 'menu',
    description: { vi: 'Kiểm tra dữ liệu toàn bảng tính.', en: 'Validates the whole workbook.' },
    params: [],
  },
  recomputeRanking: {
    kind: 'menu',
    description: {
      vi: 'Tính lại và ghi các sheet Xếp hạng, Trừ điểm.',
      en: 'Recomputes and writes the Ranking and Deductions tabs.',
    },
    params: [],
  },
  markDeductions: {
    kind: 'menu',
    description: {
      vi: 'Tô màu các dòng bị trừ, mất điểm trong sheet đơn vị.',
      en: 'Colours the rows that lost points in unit sheets.',
    },
    params: [],
  },
  clearMarks: {
    kind: 'menu',
    description: { vi: 'Xoá đúng những đánh dấu đã thêm.', en: 'Removes exactly the marks that were added.' },
    params: [],
  },
  saveToHistory: {
    kind: 'menu',
    description: {
      vi: 'Lưu kết quả năm nay vào sheet Lịch sử (thay các dòng của năm này).',
      en: "Saves this year's results into the History sheet (replacing this year's rows).",
    },
    params: [],
  },
  startNewYear: {
    kind: 'menu',
    description: {
      vi: 'Lưu năm nay vào Lịch sử, Năm + 1, xoá số liệu năm nay (sau khi hỏi).',
      en: "Saves this year to History, Year + 1, empties this year's entries (after asking).",
    },
    params: [],
  },
  buildReports: {
    kind: 'rpc',
    description: {
      vi: 'Ghi sheet Báo cáo – <đơn vị> của các đơn vị đã chọn; trả về các đơn vị còn lại khi hết thời gian.',
      en: 'Writes the Report – <unit> tabs of the chosen units; returns the units left when time runs out.',
    },
    params: [
      {
        name: 'units',
        type: 'Array<string>|string',
        description: 'Tên các đơn vị, hoặc "all" cho mọi đơn vị / unit names, or "all" for every unit.',
      },
    ],
    returns: { type: 'Object', description: 'written, remaining, total, message.' },
  },
  setupWorkbook: {
    kind: 'menu',
    description: { vi: 'Tạo các sheet mẫu còn thiếu.', en: 'Creates the missing template sheets.' },
    params: [
      {
        name: 'template',
        type: 'string',
        description:
          '[tuỳ chọn / optional] Bộ tiêu chí mẫu / criteria template: "so-nganh", "cap-xa" hoặc / or "cap-huyen".',
      },
    ],
  },
  applyRoles: {
    kind: 'menu',
    description: { vi: 'Phân quyền theo giai đoạn.', en: 'Applies the roles of the stage.' },
    params: [
      { name: 'stage', type: 'string', description: '[tuỳ chọn / optional] Giai đoạn mới / a new stage.' },
      {
        name: 'units',
        type: 'Array<string>',
        description: '[tuỳ chọn / optional] Đơn vị còn lại / units left.',
      },
    ],
    returns: { type: 'Object', description: 'ok, stage, units, remaining, kept, errors, message.' },
  },
  getStatus: {
    kind: 'rpc',
    description: { vi: 'Tình trạng bảng tính cho thanh bên.', en: 'The workbook status for the sidebar.' },
    params: [],
  },
  getProgress: {
    kind: 'rpc',
    description: { vi: 'Tiến độ lần tính lại đang chạy.', en: 'Progress of the running recompute.' },
    params: [],
  },
  saveSettings: {
    kind: 'rpc',
    description: { vi: 'Lưu cài đặt vào sheet Cài đặt.', en: 'Saves the settings into the Settings sheet.' },
    params: [{ name: 'settings', type: 'Object', description: 'year, compareWith, basis, bands, language.' }],
  },
  selectCell: {
    kind: 'rpc',
    description: { vi: 'Chọn ô có lỗi trong bảng tính.', en: 'Selects the cell of an error.' },
    params: [
      { name: 'sheet', type: 'string', description: 'Tên sheet / sheet name.' },
      { name: 'cell', type: 'string', description: 'Ô dạng A1 / A1 cell.' },
    ],
  },
  PAR_SCORE: {
    kind: 'custom',
    description: {
      vi: 'Điểm mà cách chấm của tiêu chí cho từng dòng số liệu kê khai.',
      en: "The points each row's declared data gets under its criterion's rule.",
    },
    params: [
      { name: 'codes', type: 'Array<Array<string>>', description: 'Cột mã tiêu chí / the code column.' },
      {
        name: 'values',
        type: 'Array<Array<any>>',
        description: 'Cột số liệu kê khai / the declared value column.',
      },
      {
        name: 'ofs',
        type: 'Array<Array<number>>',
        description: '[tuỳ chọn / optional] Cột trên tổng số / the Of column.',
      },
      criteriaParam,
      {
        ...surveyParam,
        description:
          '[tuỳ chọn / optional] Vùng sheet Điều tra, có dòng tiêu đề (cần thêm unit); bỏ trống thì dòng điều tra, điều tra tỷ lệ để trống / the Survey sheet range, with its header row (needs unit too); left out, survey and survey-rate rows stay blank.',
      },
      unitNameParam,
      {
        ...groupParam,
        description:
          "[tuỳ chọn / optional] Khối của đơn vị, cho cột Áp dụng cho: dòng của tiêu chí không áp dụng để trống / the unit's group, for Applies to: rows of criteria that do not apply stay blank.",
      },
    ],
    returns: {
      type: 'Array<Array<any>>',
      description:
        'Một điểm mỗi dòng; dòng có vấn đề làm cả cột báo #ERROR! kèm lời giải thích / one score per row; a row with a problem makes the column #ERROR! with the reason.',
    },
  },
  PAR_TOTAL: {
    kind: 'custom',
    description: { vi: 'Tổng điểm của đơn vị.', en: "The unit's points." },
    params: [unitParam, ...rankingParams],
    returns: { type: 'number', description: 'Tổng điểm / points.' },
  },
  PAR_INDEX: {
    kind: 'custom',
    description: {
      vi: 'Chỉ số CCHC (%) của đơn vị; truyền đủ tiêu chí, Điều tra, tên và khối để bằng chỉ số ở sheet Xếp hạng.',
      en: "The unit's PAR index (%); pass the criteria, the Survey, its name and its group to get the Ranking tab's index.",
    },
    params: [unitParam, ...rankingParams],
    returns: { type: 'number', description: 'Chỉ số / index.' },
  },
  PAR_FIELD: {
    kind: 'custom',
    description: {
      vi: 'Chỉ số thành phần (%) của một lĩnh vực.',
      en: 'The component index (%) of one field.',
    },
    params: [
      unitParam,
      { name: 'field', type: 'string', description: 'Mã lĩnh vực, vd. "3" / the field code, e.g. "3".' },
      ...rankingParams,
    ],
    returns: { type: 'number', description: 'Chỉ số thành phần / component index.' },
  },
  PAR_RANK: {
    kind: 'custom',
    description: {
      vi: 'Thứ hạng theo chỉ số trong từng nhóm (đồng hạng: 1, 2, 2, 4).',
      en: 'Ranks by index within groups (ties: 1, 2, 2, 4).',
    },
    params: [
      { name: 'indexes', type: 'Array<Array<number>>', description: 'Cột chỉ số / the index column.' },
      {
        name: 'groups',
        type: 'Array<Array<string>>',
        description: '[tuỳ chọn / optional] Cột nhóm / the group column.',
      },
    ],
    returns: { type: 'Array<Array<number>>', description: 'Một hạng mỗi dòng / one rank per row.' },
  },
  PAR_CLASS: {
    kind: 'custom',
    description: { vi: 'Xếp loại theo chỉ số.', en: 'The class of each index.' },
    params: [
      { name: 'indexes', type: 'Array<Array<number>>', description: 'Cột chỉ số / the index column.' },
      {
        name: 'bands',
        type: 'string',
        description: '[tuỳ chọn / optional] vd. / e.g. "A>=90; B>=80; C>=70; D".',
      },
    ],
    returns: { type: 'Array<Array<string>>', description: 'Một xếp loại mỗi dòng / one class per row.' },
  },
  PAR_FLAGS: {
    kind: 'custom',
    description: {
      vi: 'Các tiêu chí bị trừ, mất điểm của đơn vị.',
      en: 'The criteria where the unit lost points.',
    },
    params: [unitParam, ...rankingParams],
    returns: { type: 'Array<Array<any>>', description: 'Mã, loại, số điểm / code, kind, amount.' },
  },
};
