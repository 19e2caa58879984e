/**
 * Every message the checker can print, in Chinese and English, with the rule id it belongs
 * to. Rules and the schema only name a key; this table is the one place with prose.
 * `{name}` in a template is filled from the problem's params.
 */
import type { Problem } from './problem.ts';

export type MessageLang = 'zh' | 'en';

interface MessageEntry {
	rule: string;
	zh: string;
	en: string;
}

export const messages = {
	// Files and YAML
	'frontmatter.missing': { rule: 'frontmatter', zh: '文件开头缺少 YAML 头信息（以 --- 开始、以 --- 结束）', en: 'the file does not start with YAML frontmatter (between two --- lines)' },
	'frontmatter.notMapping': { rule: 'frontmatter', zh: 'YAML 头信息应为“字段: 值”的形式', en: 'the frontmatter must be a set of `field: value` lines' },
	'yaml.tab': { rule: 'yaml-syntax', zh: 'YAML 不能用 Tab 缩进，请改用空格', en: 'YAML cannot be indented with tabs; use spaces' },
	'yaml.indent': { rule: 'yaml-syntax', zh: '缩进不对：同一层的字段要对齐，下一层多缩进两个空格', en: 'bad indentation: fields of one level line up, the next level is indented two more spaces' },
	'yaml.quote': { rule: 'yaml-syntax', zh: '引号没有闭合：检查这一行的引号是否成对', en: 'a quote is not closed: check that the quotes on this line come in pairs' },
	'yaml.duplicateKey': { rule: 'yaml-syntax', zh: '字段 {key} 写了两次，只保留一个', en: 'field {key} appears twice; keep one' },
	'yaml.colon': { rule: 'yaml-syntax', zh: '这一行的冒号后要有空格（“字段: 值”），值里有冒号时请给整个值加引号', en: 'put a space after the colon (`field: value`); quote a value that contains a colon' },
	'yaml.other': { rule: 'yaml-syntax', zh: 'YAML 语法错误：{detail}', en: 'YAML syntax error: {detail}' },
	'file.notCase': { rule: 'file-type', zh: '案例目录里只能放 .mdx 文件，这个文件不会出现在手册中', en: 'only .mdx files belong in the cases folder; this file will not appear in the handbook' },
	'yaml.alias': { rule: 'yaml-alias', zh: 'YAML 头信息中不能使用锚点（&）或别名（*），这里写的是 {value}：案例用不到它们，而且它们能让检查和构建耗尽内存。请把内容直接写出来', en: 'YAML anchors (&) and aliases (*) are not allowed in the frontmatter; found {value}: cases need none, and they can make the check and the build run out of memory. Write the value out' },
	'file.unsafe': { rule: 'file-unsafe', zh: '这不是普通文件，而是{kind}：content/ 里只能放普通文件，检查和构建都不会打开它', en: 'this is a {kind}, not a regular file: content/ may hold regular files only, and neither check nor the build opens it' },
	'file.outside': { rule: 'file-unsafe', zh: '这个文件不在项目目录内：只检查项目里的文件', en: 'this file is outside the project; only files inside it are checked' },
	'file.size': { rule: 'file-size', zh: '文件有 {size} 字节，超过了 {limit} 字节（1 MB）的上限：案例和指南不会这么大，请检查是否放错了文件', en: 'the file has {size} bytes, over the limit of {limit} bytes (1 MB): no case or guide is that long; check that this is the right file' },
	'file.encoding': { rule: 'encoding', zh: '文件不是有效的 UTF-8 编码：第 {offset} 字节（0x{byte}）无效。请用 UTF-8 重新保存', en: 'the file is not valid UTF-8: byte {offset} (0x{byte}) is invalid. Save it as UTF-8' },
	'file.utf16': { rule: 'encoding', zh: '文件是 UTF-16 编码（以字节顺序标记 0x{byte} 开头）：请用 UTF-8 重新保存', en: 'the file is UTF-16 (it starts with the byte order mark 0x{byte}): save it as UTF-8' },
	'file.nul': { rule: 'encoding', zh: '文件第 {offset} 字节是空字符（NUL，0x00）：文本文件里不能有它，请删除', en: 'byte {offset} of the file is a NUL character (0x00), which has no place in a text file; remove it' },
	'file.name': { rule: 'file-name', zh: '文件名含有控制字符（如换行）：请重命名，只用字母、数字、汉字和连字符', en: 'the file name contains a control character (such as a line break); rename it using letters, digits and hyphens' },

	// Schema: generic
	'field.required': { rule: 'required', zh: '缺少必填字段 {field}', en: 'required field {field} is missing' },
	'field.empty': { rule: 'required', zh: '{field} 不能为空', en: '{field} must not be empty' },
	'field.type.string': { rule: 'type', zh: '{field} 应为文字', en: '{field} must be text' },
	'field.type.list': { rule: 'type', zh: '{field} 应为列表（每项一行，以“- ”开头）', en: '{field} must be a list (one `- ` item per line)' },
	'field.type.object': { rule: 'type', zh: '{field} 应包含下一层字段', en: '{field} must contain nested fields' },
	'field.type': { rule: 'type', zh: '{field} 的类型不对，应为 {expected}', en: '{field} has the wrong type; expected {expected}' },
	'field.list.empty': { rule: 'required', zh: '{field} 至少要有一项', en: '{field} needs at least one item' },
	'enum.invalid': { rule: 'enum', zh: '{field} 只能是 {options} 之一，这里写的是 “{value}”', en: '{field} must be one of {options}; found "{value}"' },
	'key.commaSplit': { rule: 'yaml-syntax', zh: '英文逗号把这段中文拆开了：在 { … } 里，英文逗号“,”会分隔字段。请改用中文逗号“，”，或给整段文字加引号', en: 'an ASCII comma split this text: inside { … } a "," separates fields. Use a full-width "," or quote the whole text' },
	'key.unknown': { rule: 'unknown-key', zh: '未知字段 {key}', en: 'unknown field {key}' },
	'list.duplicate': { rule: 'duplicate-value', zh: '{field} 中 “{value}” 重复了', en: '"{value}" appears twice in {field}' },
	'kind.unknown': { rule: 'enum', zh: 'kind 只能是 mot（关键时刻案例）或 scqa（SCQA 服务经验萃取），这里写的是 “{value}”', en: 'kind must be mot or scqa; found "{value}"' },

	// Schema: specific fields
	'id.pattern': { rule: 'id-format', zh: 'id 只能用小写字母、数字和连字符，长度 3–64', en: 'id may use only lower-case letters, digits and hyphens, 3–64 characters' },
	'title.length': { rule: 'length-limit', zh: '标题最多 40 字，现在 {count} 字', en: 'the title may have at most 40 characters; it has {count}' },
	'summary.length': { rule: 'length-limit', zh: '摘要最多 120 字，现在 {count} 字', en: 'the summary may have at most 120 characters; it has {count}' },
	'place.length': { rule: 'length-limit', zh: '地点要写具体（至少 4 个字）：哪个网点、哪个柜台或渠道', en: 'the place must be precise (at least 4 characters): which branch, counter or channel' },
	'grid.unknown': { rule: 'grid-code', zh: '“{value}” 不是客户旅程方格中的代码（U1…S5，或带要点如 C1.2）', en: '"{value}" is not a code of the journey grid (U1…S5, or with a point such as C1.2)' },
	'grid.duplicate': { rule: 'duplicate-value', zh: 'grid 中 “{value}” 重复了', en: '"{value}" appears twice in grid' },
	'time.object': { rule: 'type', zh: 'time 应写成 {{ start: 开始时间, end: 结束时间 }}', en: 'time must be written as {{ start: …, end: … }}' },
	'time.format': { rule: 'time-format', zh: '{field} 的格式应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:mm', en: '{field} must look like YYYY-MM-DD or YYYY-MM-DDTHH:mm' },
	'date.format': { rule: 'time-format', zh: '{field} 的格式应为 YYYY-MM-DD', en: '{field} must look like YYYY-MM-DD' },
	'time.invalid': { rule: 'time-format', zh: '{field} 不是一个真实存在的日期或时刻', en: '{field} is not a real date or time' },
	'time.order': { rule: 'time-order', zh: '结束时间早于开始时间', en: 'time.end is before time.start' },
	'updated.order': { rule: 'time-order', zh: 'updated 早于 published', en: 'updated is before published' },
	'people.roles': { rule: 'people', zh: 'people 至少要有一位客户（side: customer）和另一位当事人', en: 'people needs at least one customer (side: customer) and one other person' },
	'industry.unknown': { rule: 'vocabulary', zh: '行业 “{value}” 不在 content/vocabulary.yaml 中', en: 'industry "{value}" is not in content/vocabulary.yaml' },
	'perception.range': { rule: 'perception', zh: 'perception 是 −3 到 +3 之间的整数', en: 'perception must be a whole number from −3 to +3' },
	'gaps.empty': { rule: 'gaps-empty', zh: 'gaps 只有在 outcome: positive 时才能为空：写出我方没有满足的要求和原因', en: 'gaps may be empty only when outcome is positive: list what we could not meet and why' },

	// Across files
	'id.duplicate': { rule: 'duplicate-id', zh: 'id “{value}” 已被 {other} 使用', en: 'id "{value}" is already used by {other}' },
	'alias.clash': { rule: 'alias-clash', zh: '别名 “{value}” 与 {other} 的 id 或别名冲突', en: 'alias "{value}" clashes with the id or an alias of {other}' },
	'alias.self': { rule: 'alias-clash', zh: '别名 “{value}” 与本案例的 id 相同', en: 'alias "{value}" is this case\'s own id' },
	'related.missing': { rule: 'related-missing', zh: 'related 中的案例 “{value}” 不存在', en: 'related case "{value}" does not exist' },
	'related.self': { rule: 'related-missing', zh: 'related 不能包含本案例自己', en: 'related must not list the case itself' },
	'link.missing': { rule: 'link-missing', zh: '正文链接指向不存在的案例 /cases/{value}/', en: 'the body links to a case that does not exist: /cases/{value}/' },
	'link.alias': { rule: 'link-alias', zh: '正文链接用了旧 id “{value}”，请改为现在的 id', en: 'the body links to the former id "{value}"; use the current id' },

	// Content rules
	'pii.idNumber': { rule: 'pii-id-number', zh: '发现身份证号码 {value}：手册不得公开个人信息，请打码', en: 'an ID card number {value}: the handbook must not publish personal data; mask it' },
	'pii.mobile': { rule: 'pii-mobile', zh: '发现手机号码 {value}：请打码', en: 'a mobile number {value}: mask it' },
	'pii.bankCard': { rule: 'pii-bank-card', zh: '发现银行卡号 {value}：请打码', en: 'a bank card number {value}: mask it' },
	'pii.email': { rule: 'pii-email', zh: '发现电子邮箱 {value}：请打码', en: 'an e-mail address {value}: mask it' },
	'mdx.esm': { rule: 'mdx-esm', zh: '案例中不能使用 import/export(MDX 会把它当作代码执行)', en: 'import/export is not allowed in a case (MDX runs it as code)' },
	'mdx.script': { rule: 'mdx-script', zh: '案例中不能使用 <script>', en: '<script> is not allowed in a case' },
	'mdx.iframe': { rule: 'mdx-iframe', zh: '案例中不能嵌入 <{tag}>', en: '<{tag}> is not allowed in a case' },
	'mdx.style': { rule: 'mdx-style', zh: '案例中不能使用 <style>', en: '<style> is not allowed in a case' },
	'mdx.handler': { rule: 'mdx-handler', zh: '案例中不能使用事件属性 {value}', en: 'the event attribute {value} is not allowed in a case' },
	'mdx.jsUrl': { rule: 'mdx-js-url', zh: '案例中不能使用 javascript: 链接', en: 'javascript: URLs are not allowed in a case' },
	'mdx.expression': { rule: 'mdx-expression', zh: '花括号 {{…}} 在 MDX 中会作为代码执行；要写花括号本身，请写成 \\{{', en: 'curly braces {{…}} run as code in MDX; to show a brace, write \\{{' },
	'mdx.component': { rule: 'mdx-component', zh: '组件 <{value}> 不可用：案例只能使用 Markdown 和本项目的组件（{allowed}）', en: 'component <{value}> is not available: a case may use Markdown and the project\'s components ({allowed})' },
	'mdx.comment': { rule: 'mdx-syntax', zh: 'MDX 不支持 HTML 注释 <!-- -->，请删除', en: 'MDX does not support HTML comments <!-- -->; remove it' },
	'mdx.lessThan': { rule: 'mdx-syntax', zh: '“{value}”里的 < 会被当作标签的开头，构建会失败；要写小于号本身，请写成 \\< 或全角 ＜', en: 'the < in "{value}" starts a tag and the build fails; to show a less-than sign, write \\< or ＜' },
	'mdx.syntax': { rule: 'mdx-syntax', zh: '正文无法按 MDX 解析，构建会失败：{detail}', en: 'the body cannot be parsed as MDX and the build fails: {detail}' },
	'mdx.element': { rule: 'mdx-element', zh: '案例中不能使用 <{value}>：只能用 Markdown 和这些 HTML 标签：{allowed}', en: '<{value}> is not allowed in a case: use Markdown and these HTML tags only: {allowed}' },
	'mdx.attribute': { rule: 'mdx-attribute', zh: '<{tag}> 不能带属性 {value}（可用的属性：{allowed}）', en: '<{tag}> cannot have the attribute {value} (allowed: {allowed})' },
	'mdx.styleAttribute': { rule: 'mdx-style', zh: '案例中不能使用 style 属性：样式由手册统一提供', en: 'the style attribute is not allowed in a case: the handbook provides the styles' },
	'mdx.url': { rule: 'mdx-url', zh: '链接不能使用 {value}: 协议：只能用 http、https、mailto、tel 或站内路径', en: 'a link cannot use {value}:; use http, https, mailto, tel or a path on this site' },
	'mdx.remote': { rule: 'mdx-remote', zh: '图片 {value} 来自其他网站：读者打开页面时会向那里发送请求，请把图片放进本手册并使用站内路径', en: 'the image {value} comes from another site, which every reader\'s browser would contact; add the image to the handbook and use its path' },

	// Guidance (warnings)
	'guidance.length': { rule: 'length-guidance', zh: '{part}现在 {count} 字，课程建议 {range} 字', en: '{part} has {count} characters; the course suggests {range}' },
	'guidance.timePrecision': { rule: 'time-precision', zh: '时间只精确到月：课程要求写明具体日期和时刻', en: 'the time is only given to the month: the course asks for the exact day and time' },
	'duplicate.narrative': { rule: 'near-duplicate', zh: '事件经过与 {other} 有 {percent}% 相同，是不是同一个故事写了两次？', en: 'the account is {percent}% the same as {other}: is this the same story twice?' },
	'placeholder.unfilled': { rule: 'placeholder', zh: '{field} 还是待填写的占位内容', en: '{field} still holds a placeholder to fill in' },
	'tag.unknown': { rule: 'vocabulary', zh: '标签 “{value}” 不在 content/vocabulary.yaml 的建议标签中', en: 'tag "{value}" is not among the suggested tags in content/vocabulary.yaml' },
	'tag.similar': { rule: 'vocabulary', zh: '标签 “{value}” 与建议标签相近', en: 'tag "{value}" is close to a suggested tag' },
} as const satisfies Record<string, MessageEntry>;

export type MessageKey = keyof typeof messages;

const fixLabel = { zh: '改为：', en: 'fix: ' } as const;
const suggestLabel = { zh: '你是不是想写', en: 'did you mean' } as const;

export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(messages, key);
}

export function ruleOf(key: string): string {
	return isMessageKey(key) ? messages[key].rule : 'schema';
}

/** A param may be a `{ zh, en }` label: it is shown in the message's language. */
function paramText(value: unknown, lang: MessageLang): string {
	if (value && typeof value === 'object' && lang in value) return String((value as Record<MessageLang, unknown>)[lang]);
	return String(value);
}

function fill(template: string, params: Record<string, unknown>, lang: MessageLang): string {
	return template
		.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? paramText(params[name], lang) : whole))
		.replace(/\{\{/g, '{')
		.replace(/\}\}/g, '}');
}

/** The message of a problem in one language, with its did-you-mean and fix appended. */
export function renderMessage(problem: Pick<Problem, 'message' | 'params' | 'fix' | 'field'>, lang: MessageLang = 'zh'): string {
	const entry: MessageEntry | undefined = isMessageKey(problem.message) ? messages[problem.message] : undefined;
	const params = { field: problem.field, ...problem.params };
	let text = entry ? fill(entry[lang], params, lang) : problem.message;
	const suggestion = problem.params?.suggestion;
	if (suggestion) text += lang === 'zh' ? `。${suggestLabel.zh} “${suggestion}”？` : `; ${suggestLabel.en} "${suggestion}"?`;
	if (problem.fix) text += `${lang === 'zh' ? (suggestion ? '' : '。') : ' '}${fixLabel[lang]}${problem.fix}`;
	return text;
}
