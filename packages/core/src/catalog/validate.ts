import { DingTalkError } from '../DingTalkError';
import type { ApiName } from './ApiMap';

type Params = Record<string, unknown>;
/** What a field must be (said in the message) and the test; `1` marks a field that may be left out. */
type Check = readonly [
  expected: string | ((params: Params) => string),
  test: (value: unknown, params: Params) => boolean,
  optional?: 1,
];
/** A field path (`'alertDate.value'`) and its check. */
type Rule = readonly [field: string, check: Check];

const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isObject = (v: unknown): v is Params => typeof v === 'object' && v !== null && !Array.isArray(v);
const parses = (v: unknown, base?: string): boolean => {
  try {
    return typeof v === 'string' && !!new URL(v, base);
  } catch {
    return false;
  }
};
const listOf = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);

const opt = (check: Check): Check => [check[0], (v, p) => v === undefined || check[1](v, p), 1];
const when = (condition: (p: Params) => boolean, check: Check): Check => [
  check[0],
  (v, p) => !condition(p) || check[1](v, p),
  check[2],
];

const text: Check = ['a non-empty string', isText];
const anyText: Check = ['a string', (v) => typeof v === 'string'];
const flag: Check = ['true or false', (v) => typeof v === 'boolean'];
const oneOf = (...values: unknown[]): Check => [
  `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`,
  (v) => values.includes(v),
];
const range = (min: number, max: number, integer?: 1): Check => [
  `${integer ? 'an integer' : 'a number'} from ${min} to ${max}`,
  (v) =>
    typeof v === 'number' && (integer ? Number.isInteger(v) : Number.isFinite(v)) && v >= min && v <= max,
];
const positive: Check = ['a positive integer', (v) => Number.isInteger(v) && (v as number) > 0];
const texts = (min = 1): Check => [
  `${min ? 'a non-empty ' : 'an '}array of non-empty strings`,
  (v) => !!listOf(v) && (v as unknown[]).length >= min && (v as unknown[]).every(isText),
];
const drawnFrom = (list: string): Check => [
  `an array of userids drawn from \`${list}\``,
  (v, p) => !!listOf(v) && (v as unknown[]).every((item) => listOf(p[list])?.includes(item)),
];
const httpUrl: Check = [
  "an absolute http(s) URL such as 'https://example.com/page'",
  (v) => parses(v) && /^https?:/i.test(v as string),
];
const anyUrl: Check = ["an absolute URL such as 'https://example.com/page'", (v) => parses(v)];
const downloadUrl: Check = [
  "an http(s) URL such as 'https://example.com/a.pdf' or '//example.com/a.pdf'",
  (v) =>
    (parses(v) && /^https?:/i.test(v as string)) || (/^\/\/[^/]/.test(v as string) && parses(v, 'https://h')),
];

// Date patterns of biz.ding.post/create: yyyy MM dd HH mm ss; everything else is literal.
const tokens: Record<string, readonly [sample: string, min: number, max: number]> = {
  yyyy: ['2015', 1000, 9999],
  MM: ['05', 1, 12],
  dd: ['09', 1, 31],
  HH: ['08', 0, 23],
  mm: ['00', 0, 59],
  ss: ['00', 0, 59],
};
const tokenPattern = /yyyy|MM|dd|HH|mm|ss/g;
function matchesFormat(value: unknown, format: unknown): boolean {
  if (typeof value !== 'string' || !isText(format)) return false;
  const order: string[] = [];
  const source = format.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(tokenPattern, (token) => {
    order.push(token);
    return `(\\d{${token.length}})`;
  });
  const match = new RegExp(`^${source}$`).exec(value);
  if (!match || !order.length) return false;
  const parts: Record<string, number> = {};
  for (const [i, token] of order.entries()) {
    const n = Number(match[i + 1]);
    const [, min, max] = tokens[token]!;
    if (n < min || n > max) return false;
    parts[token] = n;
  }
  // The last day of that month; without a year in the pattern, 29 February is allowed.
  return (parts.dd ?? 1) <= new Date(Date.UTC(parts.yyyy ?? 2000, parts.MM ?? 1, 0)).getUTCDate();
}
const dateIn = (field: string): Check => {
  const format = (p: Params) => (p[field] as Params | undefined)?.format;
  return [
    (p) => {
      const f = format(p);
      const example = isText(f) ? f.replace(tokenPattern, (t) => tokens[t]![0]) : '';
      return `a real date written as ${field}.format says (tokens yyyy MM dd HH mm ss)${example ? `, e.g. '${example}'` : ''}`;
    },
    (v, p) => matchesFormat(v, format(p)),
  ];
};
const dateFields = (field: string): Rule[] => [
  [field, ['an object { format, value }', isObject]],
  [`${field}.format`, text],
  [`${field}.value`, dateIn(field)],
];

const buttonLabels: Rule = ['buttonLabels', opt(texts())];
const dialog: Rule[] = [['message', text], ['title', opt(anyText)], buttonLabels];
const userPicker = (max: string): Rule[] => [
  ['corpId', text],
  ['title', opt(anyText)],
  ['multiple', opt(flag)],
  [max, opt(positive)],
];
const isType = (type: number) => (p: Params) => p.type === type;
const attachmentRules: Rule[] = [
  ['attachment', ['an object: { images } for type 1, { title, url } for type 2', isObject]],
  ['attachment.images', when(isType(1), texts())],
  ['attachment.title', when(isType(2), text)],
  ['attachment.url', when(isType(2), httpUrl)],
];

const rules: { readonly [A in ApiName]?: readonly Rule[] } = {
  'runtime.permission.requestAuthCode': [['corpId', text]],
  'channel.permission.requestAuthCode': [['corpId', text]],
  'runtime.permission.requestOperateAuthCode': [
    ['corpId', text],
    ['agentId', text],
  ],
  'device.notification.alert': [
    ['message', text],
    ['title', opt(anyText)],
    ['buttonName', opt(anyText)],
  ],
  'device.notification.confirm': dialog,
  'device.notification.prompt': dialog,
  'device.notification.toast': [
    ['type', opt(oneOf('alert', 'success', 'error', 'warning', 'information', 'confirm'))],
    ['text', text],
    ['duration', opt(range(2, 5))],
    ['delay', opt(range(0, 10))],
  ],
  'device.notification.actionSheet': [
    ['title', opt(anyText)],
    ['cancelButton', opt(anyText)],
    ['otherButtons', texts()],
  ],
  'biz.util.open': [
    ['name', oneOf('profile')],
    ['params.id', text],
    ['params.corpId', text],
  ],
  'biz.util.openModal': [
    ['size', opt(oneOf('middle', 'mini'))],
    ['url', httpUrl],
    ['title', opt(anyText)],
  ],
  'biz.util.openSlidePanel': [
    ['url', anyUrl],
    ['title', opt(anyText)],
  ],
  'biz.util.openLink': [['url', anyUrl]],
  'biz.util.uploadImage': [
    ['multiple', opt(flag)],
    ['max', opt(positive)],
  ],
  'biz.util.downloadFile': [
    ['url', downloadUrl],
    ['name', opt(text)],
  ],
  'biz.util.openLocalFile': [['url', text]],
  'biz.util.isLocalFileExist': [
    [
      'params',
      [
        'a non-empty array of { url } with non-empty urls',
        (v) =>
          !!listOf(v) &&
          (v as unknown[]).length > 0 &&
          (v as unknown[]).every((i) => isObject(i) && isText(i.url)),
      ],
    ],
  ],
  'biz.util.previewImage': [
    ['urls', texts()],
    ['current', opt(['one of `urls`', (v, p) => !!listOf(p.urls)?.includes(v)])],
  ],
  'biz.navigation.quit': [['message', opt(anyText)]],
  'biz.navigation.setTitle': [['title', anyText]],
  'biz.navigation.setLeft': [['text', anyText]],
  'biz.ding.post': [
    ['users', texts()],
    ['corpId', text],
    ['type', oneOf(1, 2)],
    ['alertType', oneOf(0, 1, 2)],
    ...dateFields('alertDate'),
    ['text', anyText],
    ...attachmentRules,
  ],
  'biz.ding.create': [
    ['users', texts()],
    ['corpId', text],
    ['type', opt(oneOf(1, 2))],
    ['alertType', opt(oneOf(0, 1, 2))],
    ['bizType', opt(oneOf(0, 1, 2))],
    ...dateFields('alertDate').map(
      ([field, check]): Rule => [field, when((p) => p.alertDate !== undefined, check)],
    ),
    ...attachmentRules.map(([field, check]): Rule => [field, when((p) => p.attachment !== undefined, check)]),
    ['text', opt(anyText)],
  ],
  'biz.contact.choose': [
    ['corpId', text],
    ['multiple', opt(flag)],
    ['users', opt(texts(0))],
    ['max', opt(range(1, 1500, 1))],
  ],
  'biz.customContact.choose': [
    ['users', texts()],
    ['corpId', text],
    ['title', opt(anyText)],
    ['isShowCompanyName', opt(flag)],
  ],
  'biz.customContact.multipleChoose': [
    ['users', texts()],
    ['corpId', text],
    ['title', opt(anyText)],
    ['isShowCompanyName', opt(flag)],
    ['max', opt(positive)],
    ['selectedUsers', opt(drawnFrom('users'))],
    ['disabledUsers', opt(drawnFrom('users'))],
  ],
  'biz.telephone.quickCallList': [
    ['corpId', text],
    ['title', anyText],
    ['content', anyText],
    [
      'typeList',
      [
        'a non-empty array of call type numbers',
        (v) => !!listOf(v)?.length && (v as unknown[]).every(Number.isInteger),
      ],
    ],
    ['staffId', opt(text)],
    ['phoneNumber', opt(text)],
  ],
  'biz.contact.complexPicker': [
    ...userPicker('maxUsers'),
    ...[
      'pickedUsers',
      'pickedDepartments',
      'disabledUsers',
      'disabledDepartments',
      'requiredUsers',
      'requiredDepartments',
    ].map((field): Rule => [field, opt(texts(0))]),
  ],
  'biz.contact.departmentsPicker': [
    ...userPicker('maxDepartments'),
    ...['pickedDepartments', 'disabledDepartments', 'requiredDepartments'].map(
      (field): Rule => [field, opt(texts(0))],
    ),
  ],
  'biz.contact.externalComplexPicker': [
    ...userPicker('maxUsers'),
    ...['pickedUsers', 'disabledUsers', 'requiredUsers'].map((field): Rule => [field, opt(texts(0))]),
  ],
  'biz.cspace.preview': [
    ...['corpId', 'spaceId', 'fileId', 'fileName', 'fileType'].map((field): Rule => [field, text]),
    ['fileSize', ['a whole number of bytes', (v) => Number.isInteger(v) && (v as number) >= 0]],
    ['mode', opt(oneOf('safe', 'normal', 'edit', 'revise', 'restrict'))],
  ],
  'biz.util.uploadAttachment': [
    [
      'types',
      [
        "a non-empty array of distinct 'photo', 'camera', 'file', 'space'",
        (v) =>
          !!listOf(v)?.length &&
          new Set(v as unknown[]).size === (v as unknown[]).length &&
          (v as unknown[]).every((t) => ['photo', 'camera', 'file', 'space'].includes(t as string)),
      ],
    ],
    ...(
      [
        ['image', ['photo', 'camera']],
        ['file', ['file']],
        ['space', ['space']],
      ] as const
    ).flatMap(([key, sources]): Rule[] => {
      const used = (p: Params) => !!listOf(p.types)?.some((t) => (sources as readonly unknown[]).includes(t));
      const given = (p: Params) => p[key] !== undefined;
      return [
        [key, when(used, [`an object with spaceId (types has ${sources.join('/')})`, isObject])],
        [`${key}.spaceId`, when(given, text)],
        [`${key}.max`, when(given, opt(range(1, 9, 1)))],
      ];
    }),
    ['space.corpId', when((p) => p.space !== undefined, text)],
  ],
  'biz.conference.videoConfCall': [
    ['title', text],
    ['calleeCorpId', text],
    ['calleeStaffIds', texts()],
  ],
  'biz.live.startClassRoom': [['startParam.liveUuid', text]],
};

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'function') return 'a function';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

/**
 * Throws `INVALID_PARAMS` naming the API, the field and the rule when params break a documented
 * limit, before anything reaches the client. APIs without documented limits only need an object.
 */
export function validateParams(api: ApiName | string, params: unknown): void {
  if (!isObject(params)) {
    throw new DingTalkError(
      'INVALID_PARAMS',
      `${api}: params must be an object; got ${describe(params)}. Pass an object (use {} when there is nothing to set).`,
      { api },
    );
  }
  for (const [field, [expected, test, optional]] of (Object.hasOwn(rules, api) && rules[api as ApiName]) ||
    []) {
    const value = field.split('.').reduce<unknown>((at, key) => (isObject(at) ? at[key] : undefined), params);
    if (test(value, params)) continue;
    const rule = typeof expected === 'function' ? expected(params) : expected;
    throw new DingTalkError(
      'INVALID_PARAMS',
      `${api}: \`${field}\` must be ${rule}; got ${describe(value)}. Pass ${rule}${optional ? ', or leave it out' : ''}.`,
      { api, field },
    );
  }
}
