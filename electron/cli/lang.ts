// The language of the command line's human output and of documents it writes:
// `--lang`, else the locale environment when it names Chinese (LC_ALL, then
// LC_MESSAGES, then LANG, as POSIX orders them), else English. JSON output is
// English whatever the language (the spec's findings keep an English message).
import { LANGUAGES, english, matchLanguage, matchTranslatorLanguage, type TranslatorLanguage } from '../../shared/i18n/index.js';
import { UsageError, optionValue, type OptionSpec, type ParsedArgs } from './args.js';

export const LANG_OPTION: OptionSpec = { name: 'lang', value: true };

/** The help text's line for --lang, the same in every command. */
export const LANG_HELP = `  --lang L     the language of the output: en or zh-CN (简体中文); default: zh-CN
               when LC_ALL, LC_MESSAGES or LANG names Chinese, otherwise en`;

export function outputLanguage(args: ParsedArgs, env: NodeJS.ProcessEnv = process.env): TranslatorLanguage {
  const value = optionValue(args, 'lang');
  if (value !== undefined) {
    const lang = matchTranslatorLanguage(value);
    if (!lang) throw new UsageError(english().t('cli.badLang', { languages: LANGUAGES.join(', '), value: JSON.stringify(value) }));
    return lang;
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return matchLanguage(locale) === 'zh-CN' ? 'zh-CN' : 'en';
}
