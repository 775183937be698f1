// Makes .docx and .pdf files from a plain-text protocol the way a council's own files look: each
// blank-line-separated chunk one paragraph ("# " lines headings). The .docx is written with the `docx`
// package; the .pdf is Chromium's print to PDF (playwright-core, /usr/bin/chromium) with a running
// header (the title) and footer (page numbers), which the importer must remove.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

/** Blank-line-separated chunks, each { heading, text } with its lines joined by spaces. */
export function chunks(text) {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((c) => c.split('\n').map((l) => l.trim()).filter(Boolean))
    .filter((c) => c.length)
    .map((lines) => {
      const h = /^(#{1,6})\s+(.*)$/.exec(lines[0]);
      if (h && lines.length === 1) return { heading: h[1].length, text: h[2].replace(/\*\*/g, '') };
      return { heading: 0, text: lines.join('\n').replace(/\*\*/g, '') };
    });
}

export async function textToDocx(text) {
  const HL = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
  const doc = new Document({
    sections: [
      {
        children: chunks(text).map((c) =>
          c.heading
            ? new Paragraph({ heading: HL[c.heading], children: [new TextRun(c.text)] })
            : // the text's own line breaks kept as soft breaks in the paragraph
              new Paragraph({ children: c.text.split('\n').map((line, i) => new TextRun({ text: line, break: i ? 1 : 0 })) }),
        ),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function textToHtml(text, title = 'Protocol') {
  const body = chunks(text)
    .map((c) => (c.heading ? `<h${c.heading}>${esc(c.text)}</h${c.heading}>` : `<p>${esc(c.text)}</p>`))
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font-family:serif;font-size:11pt;line-height:1.3} p{margin:0 0 8pt 0;white-space:pre-line} h1,h2,h3{font-size:13pt}</style></head><body>${body}</body></html>`;
}

export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--disable-background-networking', '--no-sandbox'] });
}

export async function textToPdf(browser, text, title = 'Protocol') {
  const page = await browser.newPage();
  try {
    await page.setContent(textToHtml(text, title), { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      displayHeaderFooter: true,
      headerTemplate: `<div style="font-size:8pt;width:100%;text-align:center">${esc(title)}</div>`,
      footerTemplate: '<div style="font-size:8pt;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
      margin: { top: '25mm', bottom: '25mm', left: '20mm', right: '20mm' },
    });
  } finally {
    await page.close();
  }
}
