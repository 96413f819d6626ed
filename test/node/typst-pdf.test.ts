// The CLI's PDF, typeset by Typst (electron/services/typst-pdf.ts): written to
// test/artifacts/, read back with pdftotext and pdfinfo, pages rendered with
// pdftoppm for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { typesetDocumentPdf } from '../../electron/services/typst-pdf.js';
import { buildRequirementsDocument } from '../../shared/export/index.js';
import { compactJsonList, str } from '../../shared/export/typst.js';
import { parsePlan } from '../../shared/model/parse.js';
import type { Plan } from '../../shared/model/types.js';
import { generatePlan } from '../../bench/generate.js';
import { loadSample } from '../unit/support/sample-plan.js';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const OPTS = { exportDate: '2026-11-20', appVersion: '0.1.0' };
/** Poppler warns about Typst's /Suspects entry on standard error; the text and info are right. */
const QUIET: ['ignore', 'pipe', 'ignore'] = ['ignore', 'pipe', 'ignore'];

function loadFixture(name: string): Plan {
  const result = parsePlan(readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8'));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

function typeset(plan: Plan, name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(file, typesetDocumentPdf(buildRequirementsDocument(plan, OPTS)));
  return file;
}

const pdfText = (file: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'], { encoding: 'utf8', stdio: QUIET })
    .replace(/\u2060/g, '')
    .replace(/\s+/g, ' ');
const pdfInfo = (file: string, pages = 1) => execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), file], { encoding: 'utf8', stdio: QUIET });
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(pdfInfo(file))![1]);

describe('typesetDocumentPdf', () => {
  it('typesets the sample plan: contents with the pages the sections start on, header, footer, landscape diagram', () => {
    const file = typeset(loadSample(), 'typst-sample');
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pageCount(file);
    const text = pdfText(file);
    for (const expected of ['Subscriber churn scoring', 'Billing database', 'Platform Engineering', 'Masked replica view', 'Not ready for Productionization']) {
      expect(text).toContain(expected);
    }
    // Each contents line ends in the page its section starts on.
    const contents = pdfText(file, 1);
    for (const title of ['Pipeline diagram', 'System inventory', 'Requirements', 'Readiness findings']) {
      const listed = new RegExp(`\\d+ ${title} [. ]*(\\d+)`).exec(contents);
      expect(listed, title).not.toBeNull();
      const page = Number(listed![1]);
      expect(page, title).toBeGreaterThan(1);
      expect(pdfText(file, page)).toContain(title);
    }
    expect(pdfText(file, 4)).toMatch(/^ ?Subscriber churn scoring (\d+ )?IT requirements/);
    expect(pdfText(file, 4)).toContain(`Page 4 of ${pages}`);
    const info = pdfInfo(file, pages);
    expect(info).toMatch(/Tagged:\s+yes/);
    const sizes = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Number(m[1]), Math.round(Number(m[2])), Math.round(Number(m[3]))]);
    const diagramPage = Number(/\d+ Pipeline diagram [. ]*(\d+)/.exec(contents)![1]);
    expect(sizes).toEqual(sizes.map(([page]) => (page === diagramPage ? [page, 842, 595] : [page, 595, 842])));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '4', file, path.join(ARTIFACTS, 'typst-sample')]);
  });

  it('typesets Chinese text in the body and the page header', () => {
    const file = typeset(loadFixture('export-chinese.handoff.json'), 'typst-chinese');
    const text = pdfText(file);
    for (const expected of ['客户流失评分', '计费数据库', '平台工程部', 'Platform Engineering', '只能通过脱敏副本读取数据。']) expect(text).toContain(expected);
    expect(pdfText(file, 2)).toMatch(/^ ?客户流失评分 (\d+ )?IT requirements/);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/CJK/);
  });

  it('prints hostile plan text as text: no Typst markup or code from the plan runs', () => {
    const plan = loadFixture('export-hostile.handoff.json');
    plan.summary = '#panic("owned") ] #"x" \\ $x$ *bold* @ref <label> // not a comment';
    const file = typeset(plan, 'typst-hostile');
    const text = pdfText(file);
    expect(pdfText(file, 2)).toContain('Evil | `plan` <script>alert(1)</script>');
    expect(text).toContain('#panic("owned") ] #"x" \\ $x$ *bold* @ref <label> // not a comment');
    expect(str('a"b\\c\nd\u0001')).toBe('"a\\"b\\\\c\\nd\\u{1}"');
  });

  it('prints the findings appendix one finding per line, the same data', () => {
    const findings = [{ ruleId: 'a', target: { kind: 'node', id: 'n-1' } }, { ruleId: 'b' }];
    const compact = compactJsonList(JSON.stringify(findings, null, 2));
    expect(compact.split('\n')).toHaveLength(4);
    expect(JSON.parse(compact)).toEqual(findings);
  });

  it('typesets a 300-node plan with tables that break across pages, in the compact form of large plans', () => {
    const plan = generatePlan(300);
    const file = typeset(plan, 'typst-300');
    expect(pageCount(file)).toBeGreaterThan(40);
    const text = pdfText(file);
    expect(text).toContain('Component 299');
    // RACI: one row per person, team by team, naming the systems (plan order) they hold each role for.
    expect(text).toContain('lists the matrix by person');
    const accountable = plan.nodes!.filter((n) => n.raci?.accountable === 'p-0').map((n) => n.title);
    expect(text).toContain(`${accountable.slice(0, 3).join(', ')},`);
    // Checklists: one row per system with open items, with the count of systems whose items are all done.
    const withOpen = plan.nodes!.filter((n) => n.checklist!.some((c) => !c.done));
    expect(text).toContain(`${300 - withOpen.length} of 300 systems have every item done`);
    const open = withOpen[0].checklist!.find((c) => !c.done)!;
    expect(text).toMatch(new RegExp(`${withOpen[0].title} \\d of 3 done .*${open.text}`));
    // Findings: a rule's warnings as one row with their count; the appendix still holds every finding.
    const phaseGate = buildRequirementsDocument(plan, OPTS).findings.filter((f) => f.ruleId === 'phase-gate');
    expect(text).toContain(`phase-gate ${phaseGate.length.toLocaleString('en')} findings For example:`);
    expect(text.match(/"ruleId":"phase-gate"/g)).toHaveLength(phaseGate.length);
  });
});
