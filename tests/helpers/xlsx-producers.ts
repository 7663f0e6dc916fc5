/**
 * Workbooks as other programs write them, built part by part with jszip for the `--out` graft's tests and the
 * bench: the parts, namespaces, relationship ids and targets, styles and string storage of openpyxl, LibreOffice
 * Calc, Excel 365 and Google Sheets' .xlsx download, as those programs write a workbook of values. openpyxl's is as
 * Debian's openpyxl 3.0.9 writes it: no XML declaration, absolute sheet targets and relative others, and with
 * `inlineStrings` its strings inline and no shared-strings part (tests/fixtures/producers holds a file it wrote).
 */
import JSZip from 'jszip';
import type { Cell, Workbook } from '../../src/core/types';

export type Producer = 'openpyxl' | 'libreoffice' | 'excel' | 'google';
export const PRODUCERS: readonly Producer[] = ['openpyxl', 'libreoffice', 'excel', 'google'];

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface ProducerOptions {
  /** Strings inline in the cells (`t="inlineStr"`) and no shared-strings part, as openpyxl 3.0.9 and streaming writers store them. */
  inlineStrings?: boolean;
  /** Defined names as the producer writes them, each local to the sheet at a 0-based position or global. */
  names?: { name: string; formula: string; sheet?: number }[];
  /** The workbook view's active tab (0-based). */
  activeTab?: number;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function column(n: number): string {
  let letters = '';
  for (let c = n + 1; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return letters;
}

class Strings {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  count = 0;
  of(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.items.length;
      this.index.set(text, i);
      this.items.push(text);
    }
    return i;
  }
}

function cellXml(producer: Producer, ref: string, value: Cell, strings: Strings, inline: boolean): string {
  // LibreOffice writes every cell's style and type; the others leave the defaults out.
  const style = producer === 'libreoffice' ? ' s="0"' : '';
  if (typeof value === 'number')
    return `<c r="${ref}"${style}${producer === 'libreoffice' || producer === 'openpyxl' ? ' t="n"' : ''}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value !== 'string') throw new Error(`no ${String(value)} in these fixtures`);
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : '';
  if (inline) return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${xml(value)}</t></is></c>`;
  return `<c r="${ref}"${style} t="s"><v>${strings.of(value)}</v></c>`;
}

function sheetXml(
  producer: Producer,
  values: readonly (readonly Cell[])[],
  strings: Strings,
  inline: boolean,
): string {
  const rows = values
    .map((line, r) => {
      const cells = line
        .map((value, c) =>
          value === null || value === ''
            ? ''
            : cellXml(producer, `${column(c)}${r + 1}`, value, strings, inline),
        )
        .join('');
      const extra =
        producer === 'excel'
          ? ` spans="1:${Math.max(1, line.length)}" x14ac:dyDescent="0.25"`
          : producer === 'libreoffice'
            ? ' customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"'
            : '';
      return cells ? `<row r="${r + 1}"${extra}>${cells}</row>` : '';
    })
    .join('');
  const width = Math.max(1, ...values.map((line) => line.length));
  const dimension = `<dimension ref="A1:${column(width - 1)}${Math.max(1, values.length)}"/>`;
  switch (producer) {
    case 'openpyxl':
      return `<worksheet xmlns="${MAIN}"><sheetPr><outlinePr summaryBelow="1" summaryRight="1"/><pageSetUpPr/></sheetPr>${dimension}<sheetViews><sheetView workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews><sheetFormatPr baseColWidth="8" defaultRowHeight="15"/><sheetData>${rows}</sheetData><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/></worksheet>`;
    case 'libreoffice':
      return `${DECLARATION}<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr>${dimension}<sheetViews><sheetView showFormulas="false" showGridLines="true" showRowColHeaders="true" showZeros="true" rightToLeft="false" tabSelected="false" showOutlineSymbols="true" defaultGridColor="true" view="normal" topLeftCell="A1" colorId="64" zoomScale="100" zoomScaleNormal="100" zoomScalePageLayoutView="100" workbookViewId="0"><selection pane="topLeft" activeCell="A1" activeCellId="0" sqref="A1"/></sheetView></sheetViews><sheetFormatPr defaultColWidth="11.53515625" defaultRowHeight="12.8" zeroHeight="false" outlineLevelRow="0" outlineLevelCol="0"></sheetFormatPr><sheetData>${rows}</sheetData><printOptions headings="false" gridLines="false" gridLinesSet="true" horizontalCentered="false" verticalCentered="false"/><pageMargins left="0.7875" right="0.7875" top="1.05277777777778" bottom="1.05277777777778" header="0.7875" footer="0.7875"/><pageSetup paperSize="9" scale="100" fitToWidth="1" fitToHeight="1" pageOrder="downThenOver" orientation="portrait" blackAndWhite="false" draft="false" cellComments="none" horizontalDpi="300" verticalDpi="300" copies="1"/><headerFooter differentFirst="false" differentOddEven="false"><oddHeader>&amp;C&amp;&quot;Times New Roman,Regular&quot;&amp;12&amp;A</oddHeader><oddFooter>&amp;C&amp;&quot;Times New Roman,Regular&quot;&amp;12Page &amp;P</oddFooter></headerFooter></worksheet>`;
    case 'excel':
      return `${DECLARATION}<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="{6B2C8F1E-0000-4000-8000-000000000001}">${dimension}<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><sheetData>${rows}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
    case 'google':
      return `${DECLARATION}<worksheet xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mx="http://schemas.microsoft.com/office/mac/excel/2008/main" xmlns:r="${REL}" xmlns="${MAIN}"><sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr customHeight="1" defaultColWidth="12.63" defaultRowHeight="15.75"/><sheetData>${rows}</sheetData><drawing r:id="rId1"/></worksheet>`;
  }
}

const STYLES: Record<Producer, string> = {
  openpyxl: `<styleSheet xmlns="${MAIN}"><numFmts count="0"/><fonts count="1"><font><name val="Calibri"/><family val="2"/><color theme="1"/><sz val="11"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" pivotButton="0" quotePrefix="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0" hidden="0"/></cellStyles><tableStyles count="0" defaultTableStyle="TableStyleMedium9" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`,
  libreoffice: `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="General"/></numFmts><fonts count="4"><font><sz val="10"/><name val="Arial"/><family val="2"/></font><font><sz val="10"/><name val="Arial"/><family val="0"/></font><font><sz val="10"/><name val="Arial"/><family val="0"/></font><font><sz val="10"/><name val="Arial"/><family val="0"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border diagonalUp="false" diagonalDown="false"><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="2"><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyFont="true" applyBorder="true" applyAlignment="true" applyProtection="true"><alignment horizontal="general" vertical="bottom" textRotation="0" wrapText="false" indent="0" shrinkToFit="false"/><protection locked="true" hidden="false"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" applyFont="true" applyBorder="false" applyAlignment="false" applyProtection="false"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyFont="false" applyBorder="false" applyAlignment="false" applyProtection="false"><alignment horizontal="general" vertical="bottom" textRotation="0" wrapText="false" indent="0" shrinkToFit="false"/><protection locked="true" hidden="false"/></xf></cellXfs><cellStyles count="2"><cellStyle name="Normal" xfId="0" builtinId="0"/><cellStyle name="Comma" xfId="1" builtinId="3"/></cellStyles></styleSheet>`,
  excel: `<styleSheet xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"><fonts count="1" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/><extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst></styleSheet>`,
  google: `<styleSheet xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns="${MAIN}"><fonts count="2"><font><sz val="10.0"/><color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font><font><color theme="1"/><name val="Arial"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="lightGray"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" applyAlignment="1" applyFont="1"/></cellStyleXfs><cellXfs count="2"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment readingOrder="0" shrinkToFit="0" vertical="bottom" wrapText="0"/></xf><xf borderId="0" fillId="0" fontId="1" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment readingOrder="0"/></xf></cellXfs><cellStyles count="1"><cellStyle xfId="0" name="Normal" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>`,
};

function namesXml(producer: Producer, names: ProducerOptions['names']): string {
  if (!names || names.length === 0) return producer === 'openpyxl' ? '<definedNames/>' : '';
  const items = names.map(({ name, formula, sheet }) => {
    const local = sheet === undefined ? '' : ` localSheetId="${sheet}"`;
    const hidden = name === '_xlnm._FilterDatabase';
    if (producer === 'libreoffice')
      return `<definedName function="false" hidden="${hidden}"${local} name="${name}" vbProcedure="false">${xml(formula)}</definedName>`;
    if (producer === 'google')
      return `<definedName${hidden ? ' hidden="1"' : ''}${local} name="${name}">${xml(formula)}</definedName>`;
    return `<definedName name="${name}"${local}${hidden ? ' hidden="1"' : ''}>${xml(formula)}</definedName>`;
  });
  return `<definedNames>${items.join('')}</definedNames>`;
}

/** The workbook's values written as producer writes them. */
export async function writeAs(
  producer: Producer,
  workbook: Workbook,
  options: ProducerOptions = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  // openpyxl writes no XML declaration.
  const HEAD = producer === 'openpyxl' ? '' : DECLARATION;
  const inline = options.inlineStrings === true;
  const strings = new Strings();
  const n = workbook.sheets.length;
  const active = options.activeTab ?? 0;
  // Relationship ids as each producer numbers them: openpyxl and Excel sheets first, LibreOffice and Google after
  // styles (and theme, and shared strings).
  const firstSheet = producer === 'libreoffice' ? 2 : producer === 'google' ? 4 : 1;
  const sheetRid = (i: number): string => `rId${firstSheet + i}`;
  const sheetTarget = (i: number): string =>
    producer === 'openpyxl' ? `/xl/worksheets/sheet${i + 1}.xml` : `worksheets/sheet${i + 1}.xml`;

  workbook.sheets.forEach((sheet, i) => {
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(producer, sheet.values, strings, inline));
    if (producer === 'google')
      zip.file(
        `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing${i + 1}.xml"/></Relationships>`,
      );
    if (producer === 'google')
      zip.file(
        `xl/drawings/drawing${i + 1}.xml`,
        `${HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:x3Unk="http://schemas.microsoft.com/office/drawing/2010/slicer" xmlns:sle15="http://schemas.microsoft.com/office/drawing/2012/slicer"/>`,
      );
  });
  const sheets = workbook.sheets
    .map((sheet, i) => {
      const name = xml(sheet.name);
      if (producer === 'openpyxl')
        return `<sheet xmlns:r="${REL}" name="${name}" sheetId="${i + 1}" state="visible" r:id="${sheetRid(i)}"/>`;
      if (producer === 'libreoffice')
        return `<sheet name="${name}" sheetId="${i + 1}" state="visible" r:id="${sheetRid(i)}"/>`;
      if (producer === 'google')
        return `<sheet state="visible" name="${name}" sheetId="${i + 1}" r:id="${sheetRid(i)}"/>`;
      return `<sheet name="${name}" sheetId="${i + 1}" r:id="${sheetRid(i)}"/>`;
    })
    .join('');
  const names = namesXml(producer, options.names);
  const workbookXml = {
    openpyxl: `<workbook xmlns="${MAIN}"><workbookPr/><workbookProtection/><bookViews><workbookView visibility="visible" minimized="0" showHorizontalScroll="1" showVerticalScroll="1" showSheetTabs="1" tabRatio="600" firstSheet="0" activeTab="${active}" autoFilterDateGrouping="1"/></bookViews><sheets>${sheets}</sheets>${names}<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>`,
    libreoffice: `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><fileVersion appName="Calc"/><workbookPr backupFile="false" showObjects="all" date1904="false"/><workbookProtection/><bookViews><workbookView showHorizontalScroll="true" showVerticalScroll="true" showSheetTabs="true" xWindow="0" yWindow="0" windowWidth="16384" windowHeight="8192" tabRatio="500" firstSheet="0" activeTab="${active}"/></bookViews><sheets>${sheets}</sheets>${names}<calcPr iterateCount="100" refMode="A1" iterate="false" iterateDelta="0.001"/><extLst><ext xmlns:loext="http://schemas.libreoffice.org/" uri="{7626C862-2A13-11E5-B345-FEFF819CDC9F}"><loext:extCalcPr stringRefSyntax="CalcA1"/></ext></extLst></workbook>`,
    excel: `<workbook xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/><workbookPr defaultThemeVersion="202300"/><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15"><x15ac:absPath url="C:\\Users\\so-noi-vu\\Documents\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent><xr:revisionPtr revIDLastSave="0" documentId="13_ncr:1_{5D6C5E0B-3E0F-4C4B-9F6A-1B2C3D4E5F60}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15720" activeTab="${active}" xr2:uid="{00000000-000D-0000-FFFF-FFFF00000000}"/></bookViews><sheets>${sheets}</sheets>${names}<calcPr calcId="191029"/><extLst><ext uri="{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}" xmlns:xcalcf="http://schemas.microsoft.com/office/spreadsheetml/2018/calcfeatures"><xcalcf:calcFeatures><xcalcf:feature name="microsoft.com:RD"/></xcalcf:calcFeatures></ext></extLst></workbook>`,
    google: `<workbook xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mx="http://schemas.microsoft.com/office/mac/excel/2008/main" xmlns:r="${REL}" xmlns="${MAIN}"><workbookPr/><bookViews><workbookView activeTab="${active}"/></bookViews><sheets>${sheets}</sheets>${names}<calcPr/></workbook>`,
  }[producer];
  zip.file('xl/workbook.xml', HEAD + workbookXml);
  zip.file('xl/styles.xml', HEAD + STYLES[producer]);
  zip.file(
    'xl/theme/theme1.xml',
    `${HEAD}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1></a:clrScheme></a:themeElements></a:theme>`,
  );
  const withStrings = !inline && (strings.items.length > 0 || producer !== 'openpyxl');
  if (withStrings) {
    const items = strings.items.map(
      (text) => `<si><t${/^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : ''}>${xml(text)}</t></si>`,
    );
    zip.file(
      'xl/sharedStrings.xml',
      `${HEAD}<sst xmlns="${MAIN}" count="${strings.count}" uniqueCount="${items.length}">${items.join('')}</sst>`,
    );
  }
  if (producer === 'excel') {
    zip.file('xl/calcChain.xml', `${HEAD}<calcChain xmlns="${MAIN}"><c r="A1" i="1"/></calcChain>`);
  }

  const rel = (id: string, type: string, target: string): string =>
    producer === 'openpyxl'
      ? `<Relationship Type="${REL}/${type}" Target="${target}" Id="${id}"/>`
      : `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
  const sheetRels = workbook.sheets.map((_, i) => rel(sheetRid(i), 'worksheet', sheetTarget(i)));
  const others: string[] = [];
  // openpyxl's sheet targets are absolute, its other targets relative.
  if (producer === 'libreoffice') others.push(rel('rId1', 'styles', 'styles.xml'));
  if (producer === 'google')
    others.push(rel('rId1', 'theme', 'theme/theme1.xml'), rel('rId2', 'styles', 'styles.xml'));
  if (producer === 'openpyxl')
    others.push(rel(`rId${n + 1}`, 'styles', 'styles.xml'), rel(`rId${n + 2}`, 'theme', 'theme/theme1.xml'));
  if (producer === 'excel')
    others.push(rel(`rId${n + 1}`, 'theme', 'theme/theme1.xml'), rel(`rId${n + 2}`, 'styles', 'styles.xml'));
  const stringsId = { openpyxl: n + 3, excel: n + 3, libreoffice: n + 2, google: 3 }[producer];
  if (withStrings) others.push(rel(`rId${stringsId}`, 'sharedStrings', 'sharedStrings.xml'));
  if (producer === 'excel') others.push(rel(`rId${n + 4}`, 'calcChain', 'calcChain.xml'));
  const ordered =
    producer === 'openpyxl' || producer === 'excel' ? [...sheetRels, ...others] : [...others, ...sheetRels];
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `${HEAD}<Relationships xmlns="${PKG}">${ordered.join('')}</Relationships>`,
  );

  const override = (part: string, type: string): string =>
    `<Override PartName="${part}" ContentType="${type}"/>`;
  const overrides = [
    override('/xl/workbook.xml', `${CT}.sheet.main+xml`),
    override('/xl/styles.xml', `${CT}.styles+xml`),
    override('/xl/theme/theme1.xml', 'application/vnd.openxmlformats-officedocument.theme+xml'),
    ...workbook.sheets.map((_, i) => override(`/xl/worksheets/sheet${i + 1}.xml`, `${CT}.worksheet+xml`)),
    ...(withStrings ? [override('/xl/sharedStrings.xml', `${CT}.sharedStrings+xml`)] : []),
    ...(producer === 'excel' ? [override('/xl/calcChain.xml', `${CT}.calcChain+xml`)] : []),
    ...(producer === 'google'
      ? workbook.sheets.map((_, i) =>
          override(
            `/xl/drawings/drawing${i + 1}.xml`,
            'application/vnd.openxmlformats-officedocument.drawing+xml',
          ),
        )
      : []),
    override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'),
  ];
  zip.file(
    '[Content_Types].xml',
    `${HEAD}<Types xmlns="${TYPES}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );
  zip.file(
    'docProps/core.xml',
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${producer}</dc:creator></cp:coreProperties>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
