/**
 * Pasting a report's body from Word, LibreOffice Writer and plain text into a chapter, in real Chromium, through
 * the clipboard event Ctrl+V fires: footnotes arrive as footnotes (not "[1]" and a stray paragraph), "- " and
 * "+ " lines and lists as "- " lines, numbered lists as numbered items, empty lines go, and marked headings are
 * offered as sub-sections. Checked in the editor, in the saved draft file and in the exported DOCX.
 *
 * Sources (e2e/fixtures/paste): bao-cao-dan.fodt is the document; libreoffice-report.html is LibreOffice 7.4's
 * clipboard HTML of it (`soffice --headless --convert-to "html:HTML (StarWriter)" bao-cao-dan.fodt`), and
 * libreoffice-report-via-docx.html the same after a round trip through Word's format (`--convert-to docx`, then
 * the HTML export of that .docx). word-report.html is the same text as Word 2016 puts it on the clipboard
 * (MsoNormal and MsoListParagraph paragraphs, mso-list bullets in `<![if !supportLists]>`, <o:p> filler,
 * the footnote list in `mso-element:footnote` blocks), written by hand.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parseDraftFile } from '../core/draft-file/draft-file-format';
import { inlineText } from '../core/model/report-text';
import type { Block, Section } from '../core/model/report-schema';
import { documentBody, footnotes, paragraphsIn, unzipDocx } from '../test-support/docx-xml';
import { createDraft, SO_KET_TEMPLATE } from './helpers/wizard-page';

const fixture = (name: string) => readFile(new URL(`./fixtures/paste/${name}`, import.meta.url), 'utf8');
const EDITOR = 'Nội dung chương III.';

async function openChapter(page: Page): Promise<Locator> {
  await page.goto('/');
  await createDraft(page, SO_KET_TEMPLATE);
  await page.getByRole('tab', { name: /^III\. NHIỆM VỤ/ }).click();
  const editor = page.getByRole('textbox', { name: EDITOR });
  await editor.click();
  return editor;
}

async function paste(editor: Locator, data: { html?: string; text: string }): Promise<void> {
  await editor.evaluate((el, d) => {
    const transfer = new DataTransfer();
    if (d.html !== undefined) transfer.setData('text/html', d.html);
    transfer.setData('text/plain', d.text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

async function savedChapter(page: Page): Promise<Section> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lưu bản nháp ra tệp' }).click();
  const draft = parseDraftFile(await readFile(await (await download).path(), 'utf8'));
  if (!draft.ok) throw new Error(draft.message);
  return draft.draft.report.sections.find((s) => s.heading.startsWith('NHIỆM VỤ'))!;
}

async function exportedDocx(page: Page) {
  await page.getByRole('tab', { name: 'Xem lại và xuất' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('main').getByRole('button', { name: 'Xuất DOCX' }).click();
  // Chapters the template leaves empty are format errors: the checker asks first, and the clerk exports anyway.
  await page
    .getByRole('dialog', { name: /lỗi thể thức/ })
    .getByRole('button', { name: 'Vẫn xuất' })
    .click();
  return unzipDocx(new Uint8Array(await readFile(await (await download).path())));
}

/** Each block as "kind[level]: text", footnotes as "^". */
const outline = (blocks: readonly Block[]) =>
  blocks.map((b) => {
    if (b.type === 'table') return 'table';
    const text = b.content.map((i) => (i.type === 'text' ? i.text : i.type === 'footnote' ? '^' : '\n')).join('');
    return `${b.type}${b.type === 'dash' && b.level === 2 ? '2' : ''}: ${text}`;
  });

const NOTE_1 = [
  {
    type: 'paragraph',
    content: [
      { type: 'text', text: 'Theo ' },
      { type: 'text', text: 'Nghị quyết số 12-NQ/HU', bold: true },
      { type: 'text', text: ' ngày 05/01/2026.' },
    ],
  },
];
const NOTE_2 = [
  { type: 'paragraph', content: [{ type: 'text', text: 'Số liệu đến ngày 31/3/2026.' }] },
  { type: 'paragraph', content: [{ type: 'text', text: 'Nguồn: Văn phòng Huyện ủy.', italic: true }] },
];

const BODY_BEFORE_HEADINGS = [
  'paragraph: Trong quý, Đảng bộ đã lãnh đạo hoàn thành các chỉ tiêu^ đề ra.',
  'dash: Tổ chức 5 hội nghị chuyên đề;',
  'dash2: Chi bộ thôn Đông: hoàn thành;',
  'dash: Kiểm tra 12 chi bộ.',
  'dash: Kết nạp 15 đảng viên mới;',
  'dash2: Chi bộ Trường học: 4 đảng viên.',
  'numbered: Rà soát hồ sơ đảng viên.',
  'numbered: Cập nhật phần mềm quản lý.',
  'paragraph: Số liệu thu nộp đảng phí^ tăng so với cùng kỳ.',
];
const HEADINGS_AS_TEXT = [
  'paragraph: 1. Công tác tuyên truyền',
  'paragraph: Tổ chức tuyên truyền các ngày lễ lớn.',
  'paragraph: a) Ở cơ sở',
  'dash: Treo 120 băng rôn.',
  'paragraph: 2. Công tác kiểm tra',
  'paragraph: Kiểm tra 12 tổ chức đảng.',
];

/** What the clerk sees right after the paste, the same for Word and LibreOffice. */
async function expectEditorShowsReport(editor: Locator): Promise<void> {
  // Two real footnotes (numbered by the app), no "[1]" left in the text, no note text in the body.
  await expect(editor.locator('sup[data-footnote]')).toHaveCount(2);
  await expect(editor).not.toContainText('[1]');
  await expect(editor).not.toContainText('Nguồn: Văn phòng Huyện ủy.');
  await expect(editor).not.toContainText('o:p');
  // Word's fonts, colours and sizes do not come along; only bold/italic/underline do.
  await expect(editor.locator('font, [style], [class^="Mso"]')).toHaveCount(0);
  await expect(editor.locator('p[data-kind="dash"]:not([data-level])')).toHaveText([
    'Tổ chức 5 hội nghị chuyên đề;',
    'Kiểm tra 12 chi bộ.',
    'Kết nạp 15 đảng viên mới;',
    'Treo 120 băng rôn.',
  ]);
  await expect(editor.locator('p[data-kind="dash"][data-level="2"]')).toHaveText([
    'Chi bộ thôn Đông: hoàn thành;',
    'Chi bộ Trường học: 4 đảng viên.',
  ]);
  await expect(editor.locator('p[data-kind="numbered"]')).toHaveText([
    'Rà soát hồ sơ đảng viên.',
    'Cập nhật phần mềm quản lý.',
  ]);
  // Emphasis kept; no empty paragraph where the source had blank lines.
  await expect(editor.locator('p em')).toHaveText(['hoàn thành']);
  await expect(editor.locator('p u')).toHaveText(['12 chi bộ']);
  await expect(editor.locator('p')).toHaveCount(BODY_BEFORE_HEADINGS.length + HEADINGS_AS_TEXT.length);
}

const question = (page: Page) => page.getByRole('alertdialog', { name: 'Tách đoạn dán thành mục' });

test('Word: footnotes, "- "/"+ " lines, lists and no empty lines reach the draft and the DOCX; headings kept as text when declined', async ({
  page,
}) => {
  const editor = await openChapter(page);
  await paste(editor, { html: await fixture('word-report.html'), text: 'Trong quý' });
  await expectEditorShowsReport(editor);
  await expect(question(page)).toContainText('Đoạn dán có 3 tiêu đề mục (1., a), 2.). Tách thành các mục của chương?');
  await question(page).getByRole('button', { name: 'Giữ nguyên là văn bản' }).click();
  await expect(question(page)).toHaveCount(0);
  // The footnote opens with its note's text, as a footnote typed in the app would.
  await editor.locator('sup[data-footnote]').first().click();
  await expect(page.getByRole('dialog')).toContainText('Nghị quyết số 12-NQ/HU');
  await page.keyboard.press('Escape');

  const chapter = await savedChapter(page);
  expect(outline(chapter.blocks)).toEqual([...BODY_BEFORE_HEADINGS, ...HEADINGS_AS_TEXT]);
  const notes = chapter.blocks.flatMap((b) =>
    b.type === 'table' ? [] : b.content.filter((i) => i.type === 'footnote'),
  );
  expect(notes.map((n) => n.paragraphs)).toEqual([NOTE_1, NOTE_2]);
  expect(chapter.children.some((s) => s.heading === 'Công tác tuyên truyền')).toBe(false);

  const parts = await exportedDocx(page);
  const body = paragraphsIn(documentBody(parts));
  const at = body.findIndex((p) => p.text.startsWith('Trong quý, Đảng bộ'));
  expect(body.slice(at, at + 9).map((p) => p.text)).toEqual([
    'Trong quý, Đảng bộ đã lãnh đạo hoàn thành các chỉ tiêu đề ra.',
    '- Tổ chức 5 hội nghị chuyên đề;',
    '+ Chi bộ thôn Đông: hoàn thành;',
    '- Kiểm tra 12 chi bộ.',
    '- Kết nạp 15 đảng viên mới;',
    '+ Chi bộ Trường học: 4 đảng viên.',
    '1. Rà soát hồ sơ đảng viên.',
    '2. Cập nhật phần mềm quản lý.',
    'Số liệu thu nộp đảng phí tăng so với cùng kỳ.',
  ]);
  // Real footnotes in word/footnotes.xml, referenced from the two paragraphs.
  const refs = [body[at]!, body[at + 8]!].map((p) => p.runs.find((r) => r.footnoteId)?.footnoteId);
  const notesXml = footnotes(parts);
  expect(refs.map((id) => notesXml.get(id!)?.map((p) => p.text.trim()))).toEqual([
    ['Theo Nghị quyết số 12-NQ/HU ngày 05/01/2026.'],
    ['Số liệu đến ngày 31/3/2026.', 'Nguồn: Văn phòng Huyện ủy.'],
  ]);
  expect(notesXml.get(refs[0]!)![0]!.runs.find((r) => r.text.includes('Nghị quyết'))?.bold).toBe(true);
});

for (const source of ['libreoffice-report.html', 'libreoffice-report-via-docx.html']) {
  test(`LibreOffice (${source}): the same report; its headings become sub-sections when accepted, and "Hoàn tác" puts them back`, async ({
    page,
  }) => {
    const editor = await openChapter(page);
    await paste(editor, { html: await fixture(source), text: 'Trong quý' });
    await expectEditorShowsReport(editor);
    await expect(question(page)).toContainText('Đoạn dán có 3 tiêu đề mục (1., a), 2.).');
    await question(page).getByRole('button', { name: 'Tách thành mục' }).click();

    // The headings left the chapter's body and are sub-sections now, without their typed markers.
    await expect(editor).not.toContainText('Công tác tuyên truyền');
    await expect(editor.locator('p')).toHaveCount(BODY_BEFORE_HEADINGS.length);
    await expect(page.getByRole('textbox', { name: 'Tiêu đề mục 1.' })).toHaveValue('Công tác tuyên truyền');
    await expect(page.getByRole('textbox', { name: 'Tiêu đề mục a)' })).toHaveValue('Ở cơ sở');
    await expect(page.getByRole('textbox', { name: 'Tiêu đề mục 2.' })).toHaveValue('Công tác kiểm tra');
    await expect(page.getByRole('textbox', { name: 'Nội dung mục a)' })).toContainText('Treo 120 băng rôn.');

    let chapter = await savedChapter(page);
    expect(outline(chapter.blocks)).toEqual(BODY_BEFORE_HEADINGS);
    const [first, second] = chapter.children;
    expect(first).toMatchObject({ heading: 'Công tác tuyên truyền', blocks: [{ type: 'paragraph' }] });
    expect(outline(first!.blocks)).toEqual(['paragraph: Tổ chức tuyên truyền các ngày lễ lớn.']);
    expect(first!.children.map((c) => [c.heading, c.level, outline(c.blocks)])).toEqual([
      ['Ở cơ sở', 4, ['dash: Treo 120 băng rôn.']],
    ]);
    expect([second!.heading, outline(second!.blocks)]).toEqual([
      'Công tác kiểm tra',
      ['paragraph: Kiểm tra 12 tổ chức đảng.'],
    ]);
    const notes = chapter.blocks.flatMap((b) =>
      b.type === 'table' ? [] : b.content.filter((i) => i.type === 'footnote'),
    );
    expect(notes.map((n) => n.paragraphs)).toEqual([NOTE_1, NOTE_2]);

    // One step back: the sub-sections go and the text is where it was pasted.
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect(page.getByRole('textbox', { name: 'Tiêu đề mục a)' })).toHaveCount(0);
    await expect(editor.locator('p')).toHaveCount(BODY_BEFORE_HEADINGS.length + HEADINGS_AS_TEXT.length);
    chapter = await savedChapter(page);
    expect(outline(chapter.blocks)).toEqual([...BODY_BEFORE_HEADINGS, ...HEADINGS_AS_TEXT]);
    expect(chapter.children.some((s) => s.heading === 'Công tác tuyên truyền')).toBe(false);
  });
}

test('plain text: "- ", "+ ", "– " lines and numbered lines become their kinds, blank lines go, text is NFC', async ({
  page,
}) => {
  const editor = await openChapter(page);
  await paste(editor, { text: (await fixture('plain-report.txt')).normalize('NFD') });
  await expect(editor.locator('p')).toHaveCount(6);
  await expect(question(page)).toHaveCount(0);
  const chapter = await savedChapter(page);
  expect(outline(chapter.blocks)).toEqual([
    'paragraph: Trong quý, Đảng bộ đã lãnh đạo hoàn thành các chỉ tiêu đề ra.',
    'dash: Tổ chức 5 hội nghị chuyên đề;',
    'dash2: Chi bộ thôn Đông: hoàn thành;',
    'dash: Kiểm tra 12 chi bộ.',
    'numbered: Rà soát hồ sơ đảng viên.',
    'numbered: Cập nhật phần mềm quản lý.',
  ]);
  expect(inlineText((chapter.blocks[0] as Extract<Block, { type: 'paragraph' }>).content)).toBe(
    'Trong quý, Đảng bộ đã lãnh đạo hoàn thành các chỉ tiêu đề ra.'.normalize('NFC'),
  );
});

test('a footnote number pasted without its note stays as text, and the clerk is told', async ({ page }) => {
  const editor = await openChapter(page);
  const html =
    '<p class=MsoNormal>Kết quả<a style="mso-footnote-id:ftn3" href="#_ftn3" name="_ftnref3"><span class=MsoFootnoteReference>[3]</span></a> tốt.</p>';
  await paste(editor, { html, text: 'Kết quả[3] tốt.' });
  await expect(editor).toContainText('Kết quả[3] tốt.');
  await expect(editor.locator('sup[data-footnote]')).toHaveCount(0);
  await expect(page.getByRole('alert')).toContainText('1 số chú thích trong đoạn dán không kèm nội dung chú thích');
});

test('a web page (Google Docs, Wikipedia-style references): footnotes, lists by aria-level, an <h2> heading offered as a section', async ({
  page,
}) => {
  const editor = await openChapter(page);
  await paste(editor, { html: await fixture('web-page.html'), text: 'Kết quả' });
  await expect(editor.locator('sup[data-footnote]')).toHaveCount(2);
  await expect(editor).not.toContainText('[1]');
  await expect(editor).not.toContainText('Báo cáo số 45');
  await expect(question(page)).toContainText('Đoạn dán có 1 tiêu đề mục (II.).');
  await question(page).getByRole('button', { name: 'Giữ nguyên là văn bản' }).click();
  const chapter = await savedChapter(page);
  expect(outline(chapter.blocks)).toEqual([
    'paragraph: Kết quả thu nộp đảng phí^ đạt 100%.',
    'dash: Chi bộ thôn Đông',
    'dash2: Tổ 1: hoàn thành',
    'numbered: Rà soát hồ sơ.',
    'paragraph: II. KẾT QUẢ THỰC HIỆN',
    'paragraph: Theo báo cáo của Ban Tổ chức^.',
  ]);
  const first = chapter.blocks[0] as Extract<Block, { type: 'paragraph' }>;
  // Google Docs' font-weight spans: "100%" bold, the rest not, despite the <b style="font-weight:normal"> around it all.
  expect(
    first.content.filter((i) => i.type === 'text' && i.bold).map((i) => (i.type === 'text' ? i.text : '')),
  ).toEqual(['100%']);
  const notes = chapter.blocks.flatMap((b) =>
    b.type === 'table' ? [] : b.content.filter((i) => i.type === 'footnote'),
  );
  expect(notes.map((n) => n.paragraphs)).toEqual([
    [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Tính đến ngày 31/3/2026, ' },
          { type: 'text', text: 'số liệu sơ bộ', underline: true },
          { type: 'text', text: '.' },
        ],
      },
    ],
    [{ type: 'paragraph', content: [{ type: 'text', text: 'Báo cáo số 45-BC/BTCHU.' }] }],
  ]);
});

test('Word list numbering drawn by Word: bold "1." list headings are asked about, Symbol "·" and "o" bullets are "- " and "+ " lines', async ({
  page,
}) => {
  const editor = await openChapter(page);
  const item = (list: string, level: number, marker: string, body: string, bold = false) =>
    `<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:${list} level${level} lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>${bold ? `<b>${body}</b>` : body}<o:p></o:p></p>`;
  const html = [
    item('l3', 1, '1.', 'Công tác tuyên truyền', true),
    item('l0', 1, '·', 'Treo băng rôn;'),
    item('l0', 2, 'o', 'Tại trụ sở xã.'),
    item('l3', 1, '2.', 'Công tác kiểm tra', true),
    item('l4', 1, '1.', 'Kiểm tra 12 tổ chức đảng và 30 đảng viên khi có dấu hiệu vi phạm.'),
  ].join('\n');
  await paste(editor, { html, text: 'Công tác tuyên truyền' });
  await expect(question(page)).toContainText('Đoạn dán có 2 tiêu đề mục (1., 2.).');
  await question(page).getByRole('button', { name: 'Tách thành mục' }).click();
  await expect(page.getByRole('textbox', { name: 'Tiêu đề mục 1.' })).toHaveValue('Công tác tuyên truyền');
  const chapter = await savedChapter(page);
  const [first, second] = chapter.children;
  expect([first!.heading, outline(first!.blocks)]).toEqual([
    'Công tác tuyên truyền',
    ['dash: Treo băng rôn;', 'dash2: Tại trụ sở xã.'],
  ]);
  expect([second!.heading, outline(second!.blocks)]).toEqual([
    'Công tác kiểm tra',
    ['numbered: Kiểm tra 12 tổ chức đảng và 30 đảng viên khi có dấu hiệu vi phạm.'],
  ]);
});
