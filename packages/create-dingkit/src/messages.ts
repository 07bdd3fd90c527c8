import type { Template } from './templates';

/** The languages the command speaks. */
export type CliLocale = 'zh-CN' | 'en';

/**
 * The command's language from the environment's locale (`LC_ALL`, `LC_MESSAGES`, `LANG`):
 * Chinese for `zh*`, English otherwise.
 */
export function detectLocale(env: Record<string, string | undefined>): CliLocale {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh-CN' : 'en';
}

/** Everything the command prints, in each language. */
export interface CliMessages {
  help: (version: string) => string;
  templateDescriptions: Record<Template, string>;
  askFolder: string;
  askTemplate: string;
  invalidChoice: string;
  unknownOption: (option: string) => string;
  badOption: (option: string) => string;
  unknownTemplate: (value: string) => string;
  tooManyFolders: (folders: readonly string[]) => string;
  notEmpty: (folder: string) => string;
  notAFolder: (folder: string) => string;
  created: (folder: string, template: Template) => string;
  installing: (command: string) => string;
  installFailed: (command: string) => string;
  nextSteps: string;
  stepStart: string;
  stepTest: string;
  stepStorybook: string;
  fakeMode: string;
  cancelled: string;
}

const zh: CliMessages = {
  help: (version) => `create-dingkit ${version}：创建一个钉钉 H5 微应用（Vite + React + TypeScript + dingkit）

用法：
  npm create dingkit@latest [目录] -- [选项]

选项：
  -t, --template <名称>  with-server（默认）：页面 + 鉴权签名与免登的服务端
                         basic：只有页面，签名由你已有的后端提供
  -y, --yes              不提问，未给出的都用默认值
      --no-install       不安装依赖
  -h, --help             显示本帮助
  -v, --version          显示版本

示例：
  npm create dingkit@latest my-app -- --template with-server --yes --no-install`,
  templateDescriptions: {
    'with-server': '页面 + 鉴权签名与免登的服务端（@dingkit/server，未配置凭证时使用模拟的钉钉服务端）',
    basic: '只有页面（签名由你已有的后端提供）',
  },
  askFolder: '项目目录',
  askTemplate: '选择模板',
  invalidChoice: '请输入列表中的序号或模板名称。',
  unknownOption: (option) => `未知选项 ${option}。运行 create-dingkit --help 查看用法。`,
  badOption: (option) =>
    `选项 ${option} 的值不对（缺少值，或给了不需要的值）。运行 create-dingkit --help 查看用法。`,
  unknownTemplate: (value) => `没有名为「${value}」的模板，可选：with-server、basic。`,
  tooManyFolders: (folders) => `只能给出一个目录，收到了 ${folders.length} 个：${folders.join('、')}。`,
  notEmpty: (folder) => `${folder} 不是空目录，没有写入任何文件。请换一个目录名，或先清空它。`,
  notAFolder: (folder) => `${folder} 已存在且不是目录，没有写入任何文件。请换一个名称。`,
  created: (folder, template) => `已在 ${folder} 创建钉钉微应用（模板 ${template}）。`,
  installing: (command) => `正在安装依赖：${command}`,
  installFailed: (command) => `安装依赖失败（见上方输出）。项目已创建：进入目录后运行 ${command} 重试。`,
  nextSteps: '接下来：',
  stepStart: '开发服务器 http://localhost:5173',
  stepTest: '类型检查与测试',
  stepStorybook: '在模拟的钉钉中浏览页面（Storybook）',
  fakeMode:
    '未配置钉钉凭证时，服务端使用模拟的钉钉服务端；把 .env.example 复制为 .env 并填写后即连接真实的钉钉。',
  cancelled: '已取消，没有创建项目。',
};

const en: CliMessages = {
  help: (
    version,
  ) => `create-dingkit ${version}: start a DingTalk H5 micro-app (Vite + React + TypeScript + dingkit)

Usage:
  npm create dingkit@latest [folder] -- [options]

Options:
  -t, --template <name>  with-server (default): the page plus a signing and 免登 server
                         basic: the page only, signed by a backend you already have
  -y, --yes              ask nothing, use the defaults for what is not given
      --no-install       do not install the dependencies
  -h, --help             show this help
  -v, --version          show the version

Example:
  npm create dingkit@latest my-app -- --template with-server --yes --no-install`,
  templateDescriptions: {
    'with-server':
      'the page plus a signing and 免登 server (@dingkit/server; a fake DingTalk API until credentials are set)',
    basic: 'the page only (signed by a backend you already have)',
  },
  askFolder: 'Project folder',
  askTemplate: 'Template',
  invalidChoice: 'Type the number or the name of a template in the list.',
  unknownOption: (option) => `Unknown option ${option}. Run create-dingkit --help for the usage.`,
  badOption: (option) =>
    `The option ${option} lacks its value or takes none. Run create-dingkit --help for the usage.`,
  unknownTemplate: (value) => `There is no template "${value}"; the templates are with-server and basic.`,
  tooManyFolders: (folders) => `Give one folder, not ${folders.length}: ${folders.join(', ')}.`,
  notEmpty: (folder) =>
    `${folder} is not empty; nothing was written. Choose another folder name, or empty it first.`,
  notAFolder: (folder) => `${folder} exists and is not a folder; nothing was written. Choose another name.`,
  created: (folder, template) => `Created a DingTalk micro-app in ${folder} (template ${template}).`,
  installing: (command) => `Installing the dependencies: ${command}`,
  installFailed: (command) =>
    `Installing the dependencies failed (see above). The project is there: run ${command} in it to retry.`,
  nextSteps: 'Next:',
  stepStart: 'the dev server on http://localhost:5173',
  stepTest: 'type-check and run the tests',
  stepStorybook: 'browse the page in a mocked DingTalk (Storybook)',
  fakeMode:
    'Without DingTalk credentials the server talks to a fake DingTalk API; copy .env.example to .env and fill it in to use the real one.',
  cancelled: 'Cancelled; no project was created.',
};

/** The messages of `locale`. */
export const messages: Record<CliLocale, CliMessages> = { 'zh-CN': zh, en };
