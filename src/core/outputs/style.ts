/** The look every generated tab shares, in one place: font sizes, colours, and how characters become pixels. */

/** Font size of a tab's title (row 1), and of a report's part headings. */
export const TITLE_SIZE = 13;
export const HEADING_SIZE = 12;
/** Background of every header row. */
export const HEADER_FILL = '#e8eaed';
/** Backgrounds of the class column, best class band first; bands past the last take the last colour. */
export const CLASS_FILLS = ['#b7e1cd', '#d9ead3', '#fff2cc', '#fce5cd', '#f4cccc'];
/** The line above a group's first row in the ranking tab. */
export const SECTION_LINE = '#5f6368';

/** Characters a column gets beyond its content. */
export const COLUMN_PADDING = 2;
/** Column widths are whole multiples of this many characters. */
export const WIDTH_STEP = 4;
/**
 * The narrowest column of a ranking, deductions or analysis tab, in characters (Sheets' default column is about 14):
 * the narrow number columns then share one width, set in one call.
 */
export const MIN_TAB_COLUMN = 12;
/** Lines a header may wrap into before its column is widened. */
export const HEADER_LINES = 3;
/** Pixels per character of a column width (Arial 10 in Sheets), and per line of text in a row. */
export const CHARACTER_PIXELS = 7;
export const LINE_PIXELS = 21;
/** Points per pixel, for the .xlsx row heights. */
export const POINTS_PER_PIXEL = 0.75;

/** Rows and columns a chart takes: charts are anchored one below another, to the right of the tab's columns. */
export const CHART_ROWS_TALL = 20;
export const CHART_COLUMNS_WIDE = 6;
