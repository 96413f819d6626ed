// The `handoff` command as a user runs it: `node bin/handoff.js ...` in a child
// process, on real files in temporary folders, checking exit codes, what is
// printed, and what is (and is not) written to disk.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parsePlan } from '../../shared/model/parse.js';
import { PIPELINE_TEMPLATES } from '../../shared/templates/index.js';
import { SAMPLE_PATH, SAMPLE_TEXT } from '../unit/support/sample-plan.js';
import { runHandoff, type HandoffRun } from './support/run-handoff.js';

// Each run starts Node and tsx; on a busy machine a test with several runs takes a while.
vi.setConfig({ testTimeout: 120_000 });

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'handoff.js');
const LONG_AGO = new Date('2001-01-01T00:00:00Z');

/** `handoff ARGS` in a child process, by default in this file's temp folder. */
function handoff(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<HandoffRun> {
  return runHandoff(args, { cwd: options.cwd ?? work, env: options.env });
}

/** Signs of a stack trace leaking to the user. */
function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/\n\s+at .+[:(]/);
  expect(text).not.toMatch(/node:internal|\.ts:\d+:\d+/);
}

let work: string;
/** A fresh, empty sub-folder of the temp dir for one test. */
const folder = (): string => mkdtempSync(path.join(work, 't-'));

const EXPECTED_SAMPLE_FINDINGS = [
  { ruleId: 'privacy-review', severity: 'error', target: { kind: 'edge', id: 'e-1' } },
  { ruleId: 'integration-contract', severity: 'warning', target: { kind: 'edge', id: 'e-7' } },
  { ruleId: 'phase-gate', severity: 'warning', target: { kind: 'checklist-item', id: 'c-f2' } },
];

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'handoff-cli-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('handoff validate', () => {
  it('prints the sample plan’s three findings, grouped under the file, and exits 1 for the privacy error', async () => {
    const run = await handoff(['validate', SAMPLE_PATH]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(SAMPLE_PATH);
    expect(lines[1]).toMatch(/^ {2}error +privacy-review +edge e-1: .*Billing database/);
    expect(lines[2]).toMatch(/^ {2}warning +integration-contract +edge e-7: /);
    expect(lines[3]).toMatch(/^ {2}warning +phase-gate +checklist-item c-f2: /);
    expect(lines[4]).toBe('  1 error, 2 warnings, 0 info; not ready for Productionization (2 blockers)');
    expect(lines).toHaveLength(5);
    expect(run.stderr).toBe('');
  });

  it('prints { file, ready, findings } with --json', async () => {
    const run = await handoff(['validate', '--json', SAMPLE_PATH]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(['file', 'ready', 'findings']);
    expect(report.file).toBe(SAMPLE_PATH);
    expect(report.ready).toBe(false);
    expect(report.findings.map(({ ruleId, severity, target }: Record<string, unknown>) => ({ ruleId, severity, target }))).toEqual(EXPECTED_SAMPLE_FINDINGS);
    for (const finding of report.findings) expect(finding.message.length).toBeGreaterThan(20);
  });

  it('prints an array, one object per file, when several files are named', async () => {
    const dir = folder();
    const empty = path.join(dir, 'empty.handoff.json');
    expect((await handoff(['new', '-o', empty, '--title', 'Empty'])).code).toBe(0);
    const run = await handoff(['validate', SAMPLE_PATH, empty, '--json']);
    expect(run.code).toBe(1);
    const reports = JSON.parse(run.stdout);
    expect(reports.map((r: { file: string }) => r.file)).toEqual([SAMPLE_PATH, empty]);
    expect(reports[1].ready).toBe(true);
    expect(reports[1].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['business-context']);
  });

  it('exits 0 when no plan has errors', async () => {
    const dir = folder();
    const file = path.join(dir, 'empty.handoff.json');
    await handoff(['new', '-o', file]);
    const run = await handoff(['validate', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('0 errors, 1 warning, 0 info; ready for Active research');
  });

  it('rejects a plan with a bad node type: file, JSON path and problem on stderr, exit 2', async () => {
    const dir = folder();
    const plan = JSON.parse(SAMPLE_TEXT);
    plan.nodes[3].type = 'modle';
    const file = path.join(dir, 'typo.handoff.json');
    writeFileSync(file, JSON.stringify(plan, null, 2));
    const run = await handoff(['validate', file]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`${file}: nodes[3].type: "modle" is not a node type`);
    expect(run.stdout).toBe('');
  });

  it.each([
    ['invalid JSON', '{"format": "handoff-plan", "version": 1,', /not valid JSON at line 1/],
    ['an empty file', '', /is empty, not a plan/],
    ['a JSON array', '[1, 2, 3]', /is not a Handoff Studio plan/],
    ['a newer format version', SAMPLE_TEXT.replace('"version": 1', '"version": 7'), /version: was written in format version 7, newer than this app reads/],
    ['a number too large for a position', SAMPLE_TEXT.replace('"x": 300', '"x": 1e999'), /position\.x: expected a number, got Infinity/],
    ['deeply nested arrays', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, /is not a Handoff Studio plan/],
  ])('rejects %s with exit 2 and a one-line reason', async (_name, text, reason) => {
    const dir = folder();
    const file = path.join(dir, 'bad.handoff.json');
    writeFileSync(file, text);
    const run = await handoff(['validate', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file}: `);
    expect(run.stderr).toMatch(reason);
    expectNoStackTrace(run.stderr);
  });

  it('rejects a binary file, a folder and a missing file, naming each', async () => {
    const dir = folder();
    const binary = path.join(dir, 'photo.handoff.json');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x00, 0x10]));
    const missing = path.join(dir, 'missing.handoff.json');
    const run = await handoff(['validate', binary, dir, missing]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${binary}: is a binary file or not UTF-8 text, not a plan`);
    expect(run.stderr).toContain(`${dir}: is a folder, not a plan file`);
    expect(run.stderr).toContain(`${missing}: no such file`);
    expectNoStackTrace(run.stderr);
  });

  it('still reports the good files when one is broken, and exits 2', async () => {
    const dir = folder();
    const broken = path.join(dir, 'broken.handoff.json');
    writeFileSync(broken, 'not json');
    const run = await handoff(['validate', '--json', SAMPLE_PATH, broken]);
    expect(run.code).toBe(2);
    const reports = JSON.parse(run.stdout);
    expect(reports[0].findings).toHaveLength(3);
    expect(reports[1]).toMatchObject({ file: broken, ready: false, findings: [] });
    expect(reports[1].error).toContain('not valid JSON');
    expect(run.stderr).toContain(`${broken}: not valid JSON`);
  });

  it('keeps working on a plan with an unknown field nested 50,000 levels deep', async () => {
    const dir = folder();
    const file = path.join(dir, 'deep.handoff.json');
    const deep = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
    writeFileSync(file, `${SAMPLE_TEXT.trimEnd().slice(0, -1)}, "deep": ${deep}}\n`);
    const before = readFileSync(file);
    const validate = await handoff(['validate', file]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain('1 error, 2 warnings');
    // fmt cannot write it canonically: it says so and leaves the file alone.
    const fmt = await handoff(['fmt', file]);
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).toContain(`${file}: cannot be written in canonical form`);
    expectNoStackTrace(fmt.stderr);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('handoff export', () => {
  const env = { HANDOFF_EXPORT_DATE: '2026-12-01' };

  it('writes Markdown and HTML files named after the plan title by default', async () => {
    const dir = folder();
    const md = await handoff(['export', SAMPLE_PATH, '--format', 'md'], { cwd: dir, env });
    // The document is written; the sample's privacy-review error makes the exit status 1 (spec).
    expect(md.code).toBe(1);
    expect(md.stdout.trim()).toBe('Wrote subscriber-churn-scoring.md');
    expect(md.stderr).toContain('has 1 error finding');
    const markdown = readFileSync(path.join(dir, 'subscriber-churn-scoring.md'), 'utf8');
    expect(markdown).toContain('# Subscriber churn scoring');
    expect(markdown).toContain('```mermaid');
    expect(markdown).toContain('2026-12-01');

    const html = await handoff(['export', SAMPLE_PATH, '--format=html', '-o', 'doc.html'], { cwd: dir, env });
    expect(html.code).toBe(1);
    const page = readFileSync(path.join(dir, 'doc.html'), 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/i);
    expect(page).toContain('<svg');
    expect(page).not.toMatch(/<script/i);
  });

  it('exits 0 when the exported plan has no error findings', async () => {
    const dir = folder();
    expect((await handoff(['new', '--template', 'batch-scoring', '-o', 'plan.handoff.json'], { cwd: dir })).code).toBe(0);
    const run = await handoff(['export', 'plan.handoff.json', '--format', 'md', '-o', 'plan.md'], { cwd: dir, env });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(readFileSync(path.join(dir, 'plan.md'), 'utf8')).toContain('```mermaid');
  });

  it('writes to standard output with -o -, byte for byte what it writes to a file', async () => {
    const dir = folder();
    const toStdout = await handoff(['export', SAMPLE_PATH, '--format', 'md', '-o', '-'], { env });
    expect(toStdout.code).toBe(1);
    await handoff(['export', SAMPLE_PATH, '--format', 'md', '-o', 'out.md'], { cwd: dir, env });
    expect(toStdout.stdout).toBe(readFileSync(path.join(dir, 'out.md'), 'utf8'));
    const html = await handoff(['export', SAMPLE_PATH, '--format', 'html', '-o', '-'], { env });
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/i);
  });

  it('prints a PDF with Chromium', async () => {
    const dir = folder();
    const run = await handoff(['export', SAMPLE_PATH, '--format', 'pdf', '-o', 'plan.pdf'], { cwd: dir, env });
    expect(run.code).toBe(1);
    const pdf = readFileSync(path.join(dir, 'plan.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  });

  it('refuses bad usage with 64 and writes nothing', async () => {
    const dir = folder();
    const cases = [
      ['export', SAMPLE_PATH],
      ['export', SAMPLE_PATH, '--format', 'docx'],
      ['export', SAMPLE_PATH, '--format', 'pdf', '-o', '-'],
      ['export', '--format', 'md'],
      ['export', SAMPLE_PATH, SAMPLE_PATH, '--format', 'md'],
      ['export', SAMPLE_PATH, '--format'],
    ];
    for (const args of cases) {
      const run = await handoff(args, { cwd: dir });
      expect(run.code, args.join(' ')).toBe(64);
      expect(run.stderr).toContain("Run 'handoff export --help' for usage.");
    }
    const badDate = await handoff(['export', SAMPLE_PATH, '--format', 'md'], { cwd: dir, env: { HANDOFF_EXPORT_DATE: '01/12/2026' } });
    expect(badDate.code).toBe(64);
    expect(badDate.stderr).toContain('HANDOFF_EXPORT_DATE');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes nothing when the plan is not valid', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'bad.handoff.json'), '{}');
    const run = await handoff(['export', 'bad.handoff.json', '--format', 'md', '-o', 'out.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad.handoff.json: ');
    expect(readdirSync(dir)).toEqual(['bad.handoff.json']);
  });
});

describe('handoff new', () => {
  it('lists the templates from their metadata', async () => {
    const run = await handoff(['new', '--list']);
    expect(run.code).toBe(0);
    for (const template of PIPELINE_TEMPLATES) {
      expect(run.stdout).toMatch(new RegExp(`^  ${template.id} +${template.name}$`, 'm'));
      expect(run.stdout).toContain(template.description);
    }
  });

  it.each(PIPELINE_TEMPLATES.map((t) => [t.id]))('writes a valid plan from the %s template', async (templateId) => {
    const dir = folder();
    const file = path.join(dir, 'plan.handoff.json');
    const run = await handoff(['new', '--template', templateId, '-o', file, '--title', 'Workshop plan']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(`Created ${file} from the template ${templateId}`);
    const parsed = parsePlan(readFileSync(file, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.plan.title).toBe('Workshop plan');
    const validate = await handoff(['validate', file]);
    expect([0, 1]).toContain(validate.code);
    expect(validate.stderr).toBe('');
    // Already canonical: fmt --check agrees.
    expect((await handoff(['fmt', '--check', file])).code).toBe(0);
  });

  it('gives every new plan its own id', async () => {
    const dir = folder();
    await handoff(['new', '--template', 'realtime-api', '-o', path.join(dir, 'a.json')]);
    await handoff(['new', '--template', 'realtime-api', '-o', path.join(dir, 'b.json')]);
    const id = (name: string) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')).id;
    expect(id('a.json')).not.toBe(id('b.json'));
  });

  it('refuses to overwrite an existing file unless --force', async () => {
    const dir = folder();
    const file = path.join(dir, 'mine.handoff.json');
    writeFileSync(file, 'precious work');
    const run = await handoff(['new', '--template', 'batch-scoring', '-o', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file}: already exists`);
    expect(readFileSync(file, 'utf8')).toBe('precious work');
    const forced = await handoff(['new', '--template', 'batch-scoring', '-o', file, '--force']);
    expect(forced.code).toBe(0);
    expect(parsePlan(readFileSync(file, 'utf8')).ok).toBe(true);
  });

  it('refuses an unknown template or a missing -o with 64', async () => {
    const unknown = await handoff(['new', '--template', 'nope', '-o', path.join(work, 'x.json')]);
    expect(unknown.code).toBe(64);
    expect(unknown.stderr).toContain('there is no template "nope"');
    expect(existsSync(path.join(work, 'x.json'))).toBe(false);
    expect((await handoff(['new', '--template', 'batch-scoring'])).code).toBe(64);
  });
});

describe('handoff fmt', () => {
  const minified = `${JSON.stringify(JSON.parse(SAMPLE_TEXT))}`;

  it('rewrites a minified plan to the canonical bytes, and --check agrees afterwards', async () => {
    const dir = folder();
    const file = path.join(dir, 'plan.handoff.json');
    writeFileSync(file, minified);
    const check = await handoff(['fmt', '--check', file]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`${file}: not in canonical form`);
    expect(readFileSync(file, 'utf8')).toBe(minified);

    const fmt = await handoff(['fmt', file]);
    expect(fmt.code).toBe(0);
    expect(fmt.stdout.trim()).toBe(`formatted ${file}`);
    expect(readFileSync(file, 'utf8')).toBe(SAMPLE_TEXT);
    expect(readdirSync(dir)).toEqual(['plan.handoff.json']); // no temp or backup files left

    expect((await handoff(['fmt', '--check', file])).code).toBe(0);
    const again = await handoff(['fmt', file]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
  });

  it('does not touch a canonical file', async () => {
    const dir = folder();
    const file = path.join(dir, 'plan.handoff.json');
    copyFileSync(SAMPLE_PATH, file);
    // An mtime far in the past: any write would move it, with no need to wait for the clock.
    utimesSync(file, LONG_AGO, LONG_AGO);
    const before = statSync(file).mtimeMs;
    expect((await handoff(['fmt', file])).code).toBe(0);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('leaves a broken plan exactly as it was, and still formats the others', async () => {
    const dir = folder();
    const broken = path.join(dir, 'broken.handoff.json');
    const text = minified.replace('"type":"model"', '"type":"modle"');
    writeFileSync(broken, text);
    const good = path.join(dir, 'good.handoff.json');
    writeFileSync(good, minified);
    utimesSync(broken, LONG_AGO, LONG_AGO);
    const before = statSync(broken).mtimeMs;
    const run = await handoff(['fmt', broken, good]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${broken}: nodes[4].type: "modle" is not a node type`);
    expectNoStackTrace(run.stderr);
    expect(readFileSync(broken, 'utf8')).toBe(text);
    expect(statSync(broken).mtimeMs).toBe(before);
    expect(readFileSync(good, 'utf8')).toBe(SAMPLE_TEXT);
    expect(readdirSync(dir).sort()).toEqual(['broken.handoff.json', 'good.handoff.json']);
  });
});

describe('handoff serve', () => {
  it('prints its listening line, answers, and stops cleanly on SIGTERM', async () => {
    const dir = folder();
    copyFileSync(SAMPLE_PATH, path.join(dir, 'churn.handoff.json'));
    const child = spawn(process.execPath, [BIN, 'serve', dir, '--port', '0'], {
      cwd: work,
      env: { ...process.env, HANDOFF_DATA_DIR: path.join(dir, '.data') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0]);
      });
      void exited.then(() => reject(new Error(`serve exited early: ${stderr}`)));
    });
    const match = /^Handoff Studio is serving (.+) at (http:\/\/127\.0\.0\.1:\d+\/)$/.exec(line);
    expect(match, line).not.toBeNull();
    const response = await fetch(`${match![2]}api/call/listPlans`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(200);
    const listing = (await response.json()) as { plans: { name: string }[] };
    expect(JSON.stringify(listing.plans)).toContain('churn.handoff.json');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expectNoStackTrace(stderr);
  });

  it('refuses a folder that does not exist with exit 2', async () => {
    const run = await handoff(['serve', path.join(work, 'no-such-folder'), '--port', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no-such-folder: no such folder');
  });
});

describe('usage and help', () => {
  it('answers --help globally and per command with exit 0', async () => {
    const global = await handoff(['--help']);
    expect(global.code).toBe(0);
    for (const name of ['validate', 'export', 'new', 'fmt', 'diff', 'merge', 'serve']) expect(global.stdout).toContain(`  ${name} `);
    for (const name of ['validate', 'export', 'new', 'fmt']) {
      const run = await handoff([name, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: handoff ${name}`));
    }
    expect((await handoff(['help', 'fmt'])).stdout).toMatch(/^Usage: handoff fmt/);
  });

  it('prints the version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const run = await handoff(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(`handoff ${pkg.version}`);
  });

  it.each([
    [[], 'Usage: handoff COMMAND'],
    [['frobnicate'], 'there is no command "frobnicate"'],
    [['validate'], 'name at least one plan file'],
    [['validate', '--strict', 'x.json'], 'unknown option --strict'],
    [['fmt', '--check=yes', 'x.json'], '--check takes no value'],
    [['serve', '--port', 'http'], '--port must be a number'],
    [['diff', 'only-one.json'], 'name two plan files'],
  ])('exits 64 with a hint for %j', async (args, message) => {
    const run = await handoff(args as string[]);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain(message);
    expectNoStackTrace(run.stderr);
  });

  it('treats everything after -- as files', async () => {
    const run = await handoff(['validate', '--', '--json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--json: no such file');
  });
});
