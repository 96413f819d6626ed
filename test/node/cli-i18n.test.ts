// The command line in Chinese, as a user runs it: `handoff validate --lang zh-CN`
// prints the findings and the summary in Chinese while `--json` stays English
// with the message keys; `handoff export --lang zh-CN --format pdf` writes a PDF
// whose text (pdftotext) has the Chinese headings; `handoff new --lang zh-CN`
// writes a Chinese plan; a Chinese LANG chooses Chinese, and English stays the default.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SAMPLE_PATH } from '../unit/support/sample-plan.js';
import { runHandoff } from './support/run-handoff.js';

vi.setConfig({ testTimeout: 120_000 });

/** A locale environment that names no language, so the defaults are tested, not the machine's. */
const NEUTRAL = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', HANDOFF_EXPORT_DATE: '2026-12-01' };
let work: string;
const handoff = (args: string[], env: NodeJS.ProcessEnv = {}) => runHandoff(args, { cwd: work, env: { ...NEUTRAL, ...env } });

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'handoff-cli-i18n-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('handoff validate in Chinese', () => {
  it('prints the findings and the summary in Chinese with --lang zh-CN', async () => {
    const run = await handoff(['validate', SAMPLE_PATH, '--lang', 'zh-CN']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[1]).toMatch(/^ {2}错误 {2}privacy-review +edge e-1: 受限的个人数据从 Billing database 流向 Churn feature pipeline/);
    expect(lines[2]).toMatch(/^ {2}警告 {2}integration-contract +edge e-7: .*没有契约/);
    expect(lines[3]).toMatch(/^ {2}警告 {2}phase-gate +checklist-item c-f2: .*当前阶段关口“模型开发”/);
    expect(lines[4]).toBe('  1 个错误，2 个警告，0 条提示；尚不能进入“生产化”（2 个阻碍项）');
  });

  it('follows a Chinese LANG, and LC_ALL over LANG; --lang wins over both', async () => {
    expect((await handoff(['validate', SAMPLE_PATH], { LANG: 'zh_CN.UTF-8' })).stdout).toContain('尚不能进入“生产化”');
    expect((await handoff(['validate', SAMPLE_PATH], { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' })).stdout).toContain('not ready for Productionization');
    expect((await handoff(['validate', SAMPLE_PATH, '--lang', 'en'], { LANG: 'zh_CN.UTF-8' })).stdout).toContain('not ready for Productionization');
  });

  it('keeps --json English, with each finding’s message key and parameters', async () => {
    const english = JSON.parse((await handoff(['validate', SAMPLE_PATH, '--json'])).stdout);
    const run = await handoff(['validate', SAMPLE_PATH, '--json', '--lang', 'zh-CN']);
    expect(JSON.parse(run.stdout)).toEqual(english);
    expect(english.findings[0]).toEqual({
      ruleId: 'privacy-review',
      severity: 'error',
      target: { kind: 'edge', id: 'e-1' },
      message:
        'Restricted personal data flows from Billing database to Churn feature pipeline, but Churn feature pipeline has no privacy or security requirement: add one to Churn feature pipeline that says how the data is protected.',
      messageKey: 'findings.privacyReview.edge',
      params: { data: 'restrictedPersonal', source: 'Billing database', target: 'Churn feature pipeline' },
    });
  });

  it('refuses a language it does not have (exit 64)', async () => {
    const run = await handoff(['validate', SAMPLE_PATH, '--lang', 'fr']);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain('--lang must be one of en, zh-CN, not "fr"');
  });
});

describe('handoff export in Chinese', () => {
  it('writes a PDF with the Chinese headings and labels, the plan content as written', async () => {
    const out = path.join(work, 'zh.pdf');
    const run = await handoff(['export', SAMPLE_PATH, '--lang', 'zh-CN', '--format', 'pdf', '-o', out]);
    expect(run.code).toBe(1); // the sample's privacy error
    expect(run.stdout).toBe(`已写入 ${out}\n`);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    for (const heading of ['IT 需求文档', '目录', '文档控制', '业务背景与 KPI', '管道图', '系统清单', '集成', '移交点', '各阶段检查清单', '就绪检查结果', '附录：检查结果数据']) {
      expect(text, heading).toContain(heading);
    }
    expect(text).toContain('尚不能进入“生产化”');
    expect(text).toContain('跨越团队边界'); // the diagram's legend
    expect(text).toContain('Churn feature pipeline'); // plan content is not translated
    expect(text).not.toContain('System inventory');
  });

  it('writes Markdown in Chinese whose findings appendix keeps the English messages', async () => {
    const run = await handoff(['export', SAMPLE_PATH, '--lang', 'zh-CN', '--format', 'md', '-o', '-']);
    expect(run.stdout).toContain('# Subscriber churn scoring：IT 需求文档');
    expect(run.stdout).toContain('## 4. 系统清单');
    expect(run.stdout).toContain('"message": "Restricted personal data flows from Billing database');
  });
});

describe('handoff new in Chinese', () => {
  it('writes the template’s plan in Chinese, which validates', async () => {
    const file = path.join(work, 'zh.handoff.json');
    const run = await handoff(['new', '--template', 'batch-scoring', '--lang', 'zh-CN', '-o', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`已根据模板 batch-scoring 创建 ${file}\n`);
    const plan = JSON.parse(readFileSync(file, 'utf8'));
    expect(plan.title).toBe('批量评分写入业务应用');
    expect(plan.nodes.find((n: { id: string }) => n.id === 'n-customers').title).toBe('客户数据库');
    expect((await handoff(['validate', file])).code).toBe(0);
  });
});
