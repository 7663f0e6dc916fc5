/** The compact template form: one rule written once, in the words of each language. */
import {
  localRule,
  localText,
  surveyCodes,
  templateRows,
  type TemplateRow,
} from '../../src/template/template-rows';

describe('localRule', () => {
  test.each([
    ['yesno', 'có/không'],
    ['survey', 'điều tra'],
    ['survey rate', 'điều tra tỷ lệ'],
    ['manual', 'nhập điểm'],
    ['', ''],
    ['ratio', 'tỷ lệ'],
    ['ratio >=80%', 'tỷ lệ >=80%'],
    ['bands: >=100%=2; >=80%=1; else=0', 'mức: >=100%=2; >=80%=1; còn lại=0'],
    ['formula: (b/a)*1 + (c/a)*0.5', 'công thức: (b/a)*1 + (c/a)*0.5'],
  ])('writes %j with the Vietnamese keywords as %j and keeps it in English', (rule, vietnamese) => {
    expect(localRule(rule, 'vi')).toBe(vietnamese);
    expect(localRule(rule, 'en')).toBe(rule);
  });

  test('takes each side of a choice label written Vietnamese|English', () => {
    const rule = 'choice: Kịp thời|On time=1; Không kịp thời|Late=0.5; Bị xử lý|Sanctioned=-2';
    expect(localRule(rule, 'vi')).toBe('lựa chọn: Kịp thời=1; Không kịp thời=0.5; Bị xử lý=-2');
    expect(localRule(rule, 'en')).toBe('choice: On time=1; Late=0.5; Sanctioned=-2');
  });

  test('takes each side of a formula function name written Vietnamese|English', () => {
    const rule = 'formula: nếu|if(b > 0; round(min(1; a/b)*1.5; 2); 1.5)';
    expect(localRule(rule, 'vi')).toBe('công thức: nếu(b > 0; round(min(1; a/b)*1.5; 2); 1.5)');
    expect(localRule(rule, 'en')).toBe('formula: if(b > 0; round(min(1; a/b)*1.5; 2); 1.5)');
  });

  test('takes each side of a formula input name written Vietnamese|English', () => {
    const rule = 'formula: max(0, 1 - 0.25*tre|late - 0.5*thieu|missing)';
    expect(localRule(rule, 'vi')).toBe('công thức: max(0, 1 - 0.25*tre - 0.5*thieu)');
    expect(localRule(rule, 'en')).toBe('formula: max(0, 1 - 0.25*late - 0.5*missing)');
  });
});

test('localText takes one side of Vietnamese|English, or the whole text without a bar', () => {
  expect(localText('Kế hoạch CCHC năm|Annual PAR plan', 'vi')).toBe('Kế hoạch CCHC năm');
  expect(localText('Kế hoạch CCHC năm|Annual PAR plan', 'en')).toBe('Annual PAR plan');
  expect(localText('SIPAS', 'en')).toBe('SIPAS');
});

test('templateRows writes the header, then each row in one language, and surveyCodes lists the survey leaves', () => {
  const rows: TemplateRow[] = [
    ['1', null, '', 'Chỉ đạo', 'Direction'],
    ['1.1', 1, 'yesno', 'Kế hoạch', 'Plan', 'Kế hoạch số|Plan no.'],
    ['1.2', 2, 'bands: >=2=-2; else=0', 'Phê bình', 'Reprimands', '', 'penalty'],
    ['1.3', 1, 'ratio', 'Phản ánh', 'Feedback', '', undefined, 'Phường|Ward', 'max'],
    ['1.4', 1, 'yesno', 'Giao việc', 'Tasks', '', undefined, '', 'n/a'],
    ['2', 3, 'survey', 'Điều tra', 'Survey'],
    ['3', 2, 'survey rate', 'Hài lòng', 'Satisfaction'],
  ];
  expect(templateRows(rows, 'vi')).toEqual([
    [
      'Mã',
      'Tiêu chí',
      'Điểm tối đa',
      'Cách chấm',
      'Loại',
      'Tài liệu kiểm chứng',
      'Áp dụng cho',
      'Nếu không phát sinh',
    ],
    ['1', 'Chỉ đạo', null, '', '', '', '', ''],
    ['1.1', 'Kế hoạch', 1, 'có/không', '', 'Kế hoạch số', '', ''],
    ['1.2', 'Phê bình', 2, 'mức: >=2=-2; còn lại=0', 'điểm trừ', '', '', ''],
    ['1.3', 'Phản ánh', 1, 'tỷ lệ', '', '', 'Phường', 'tối đa'],
    ['1.4', 'Giao việc', 1, 'có/không', '', '', '', 'không áp dụng'],
    ['2', 'Điều tra', 3, 'điều tra', '', '', '', ''],
    ['3', 'Hài lòng', 2, 'điều tra tỷ lệ', '', '', '', ''],
  ]);
  expect(templateRows(rows, 'en')).toEqual([
    ['Code', 'Criterion', 'Max', 'Rule', 'Type', 'Evidence', 'Applies to', 'If none arose'],
    ['1', 'Direction', null, '', '', '', '', ''],
    ['1.1', 'Plan', 1, 'yesno', '', 'Plan no.', '', ''],
    ['1.2', 'Reprimands', 2, 'bands: >=2=-2; else=0', 'penalty', '', '', ''],
    ['1.3', 'Feedback', 1, 'ratio', '', '', 'Ward', 'max'],
    ['1.4', 'Tasks', 1, 'yesno', '', '', '', 'n/a'],
    ['2', 'Survey', 3, 'survey', '', '', '', ''],
    ['3', 'Satisfaction', 2, 'survey rate', '', '', '', ''],
  ]);
  expect(surveyCodes(rows)).toEqual(['2', '3']);
});
