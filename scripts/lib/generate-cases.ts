/**
 * Generates N valid, varied Chinese cases for benchmarks (deterministic for a seed): names,
 * cities, venues per industry, incidents, staff actions and customer reactions combined into
 * narratives, with Latin and digits mixed in (IC卡, 4S店, 5G套餐) and about one case in eight
 * written in Traditional characters. Written into a temp folder, never into `content/`.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { gridReferenceCodes } from '../../schemas/grid.ts';
import { caseToMdx, type Yamlish } from '../../src/authoring/serialize.ts';
import { loadVocabulary } from '../../src/config/load-fs.ts';

/** A small, fast, seeded PRNG (mulberry32). */
export function random(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return { next, pick, int };
}

const surnames = [
	...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const honorifics = ['先生', '女士', '阿姨', '大爷', '经理', '老师', '师傅', '小姐', '大姐', '同学'];
const cities = [
	'北京',
	'上海',
	'广州',
	'深圳',
	'成都',
	'重庆',
	'杭州',
	'南京',
	'武汉',
	'西安',
	'天津',
	'苏州',
	'长沙',
	'郑州',
	'青岛',
	'沈阳',
	'大连',
	'厦门',
	'昆明',
	'合肥',
	'南通',
	'宁波',
	'无锡',
	'福州',
	'济南',
	'哈尔滨',
	'长春',
	'石家庄',
	'南昌',
	'贵阳',
	'兰州',
	'乌鲁木齐',
	'呼和浩特',
	'海口',
	'拉萨',
];
const districts = [
	'东城',
	'西湖',
	'天河',
	'福田',
	'锦江',
	'渝中',
	'鼓楼',
	'江汉',
	'雁塔',
	'和平',
	'高新区',
	'开发区',
	'新城',
	'老城区',
	'滨江',
	'南山',
	'浦东',
	'徐汇',
	'朝阳',
	'海淀',
];

interface IndustryBank {
	key: string;
	venues: string[];
	staff: string[];
	incidents: string[];
	items: string[];
}

const industries: IndustryBank[] = [
	{
		key: 'telecom',
		venues: ['营业厅', '服务热线', '自助服务区', '宽带装维班组', '金卡专席', '网上营业厅'],
		staff: ['营业员', '话务员', '装维师傅', '客户经理', '值班长'],
		incidents: [
			'套餐变更失败',
			'宽带迟迟装不上',
			'账单金额不对',
			'网络信号差',
			'号码被误停机',
			'积分无法兑换',
			'携号转网受阻',
		],
		items: ['5G套餐', '10086', 'SIM卡', 'Wi-Fi', '光猫', 'App'],
	},
	{
		key: 'banking',
		venues: ['营业厅', '对公柜台', '自助银行', '理财室', '大堂经理台', '贵宾理财中心'],
		staff: ['柜员', '大堂经理', '理财经理', '保安', '客户经理'],
		incidents: [
			'信用卡被冻结',
			'转账迟迟未到账',
			'取号排队太久',
			'存折信息有误',
			'手续费说不清',
			'零钱兑换不够',
		],
		items: ['ATM机', 'POS机', 'U盾', '95555', '二维码', '电子回单'],
	},
	{
		key: 'airline',
		venues: ['值机柜台', '贵宾休息室', '登机口', '行李转盘', '售票处', '中转柜台'],
		staff: ['值机员', '乘务长', '地勤人员', '贵宾室经理', '售票员'],
		incidents: [
			'航班延误',
			'座位被重复分配',
			'行李延误',
			'超售无法登机',
			'里程无法累积',
			'特殊餐食没有准备',
		],
		items: ['VIP卡', '登机牌', 'App', '里程', 'A320'],
	},
	{
		key: 'restaurant',
		venues: ['餐厅大堂', '包间', '外卖窗口', '收银台', '自助餐区'],
		staff: ['服务员', '值班组长', '店长', '厨师长', '收银员'],
		incidents: [
			'菜品上错',
			'主菜迟迟不来',
			'餐具不干净',
			'预订记录找不到',
			'账单多算了一道菜',
			'外卖洒了',
		],
		items: ['App', '二维码', '套餐A', '会员卡'],
	},
	{
		key: 'retail',
		venues: ['超市生鲜区', '收银台', '服务台', '停车场', '会员中心'],
		staff: ['理货员', '收银员', '楼面主管', '店长', '导购'],
		incidents: [
			'商品缺货',
			'价签与收银价格不符',
			'退货被拒',
			'购物袋破了',
			'会员积分没到账',
			'临期商品未下架',
		],
		items: ['POS机', '二维码', '电子发票', '会员积分'],
	},
	{
		key: 'automotive',
		venues: ['4S店展厅', '售后接待区', '维修车间', '洗车房', '客户休息室'],
		staff: ['销售顾问', '服务顾问', '技师', '服务经理', '前台接待'],
		incidents: [
			'车辆维修超时',
			'保养费用超出预估',
			'定损迟迟不来',
			'新车漆面有划痕',
			'试驾预约被取消',
			'配件到货延期',
		],
		items: ['4S店', 'SUV', 'App', '保险单'],
	},
	{
		key: 'hotel',
		venues: ['前台', '大堂', '客房楼层', '行李房', '门口落客区', '早餐厅'],
		staff: ['前台接待', '门童', '客房服务员', '大堂副理', '礼宾员'],
		incidents: [
			'房间没有打扫',
			'预订信息丢失',
			'空调不制冷',
			'早餐时间已过',
			'发票开错',
			'行李被送错房间',
		],
		items: ['VIP卡', '房卡', 'Wi-Fi', '港币'],
	},
	{
		key: 'taxi',
		venues: ['出租车内', '候车点', '调度中心', '机场排队区', '火车站上客区'],
		staff: ['驾驶员', '调度员', '车队长', '客服专员'],
		incidents: [
			'司机绕路',
			'拒绝刷卡',
			'遗失物品找不到',
			'车内有异味',
			'计价器故障',
			'电话叫车无人应答',
		],
		items: ['IC卡', '计价器', '发票', 'App'],
	},
];

const times = [
	'早上',
	'中午',
	'傍晚',
	'深夜',
	'周末上午',
	'节假日',
	'春节前夕',
	'国庆期间',
	'下班高峰',
	'清晨',
];
const goodActions = [
	'主动道歉并当场核对',
	'立刻请示主管',
	'打电话请同事帮忙',
	'重新开单',
	'赠送一份小礼品',
	'安排专人全程跟进',
	'承诺当天回电并准时兑现',
	'为客户调换',
	'免收服务费',
	'帮忙搬运行李',
	'把情况写在交接本上',
	'送客户到门口',
];
const badActions = [
	'只是反复解释规定',
	'把问题推给其他部门',
	'态度冷淡地让客户等待',
	'说这不归自己管',
	'答应回电却没有打来',
	'当着客户的面抱怨系统',
	'要求客户自己想办法',
];
const goodReactions = [
	'非常满意',
	'当场表示感谢',
	'后来成了老客户',
	'向朋友推荐了这家店',
	'在网上写了好评',
	'表示完全理解',
];
const badReactions = [
	'当众发火',
	'要求投诉',
	'写信给报社',
	'在网上发帖',
	'转身离开',
	'再也没有来过',
	'向身边的人抱怨',
];
const feelings = [
	'有些着急',
	'很不耐烦',
	'心里不踏实',
	'觉得被怠慢',
	'担心耽误行程',
	'感到意外',
	'非常失望',
	'还算平静',
];
const connectors = ['随后', '接着', '过了一会儿', '不久', '这时', '与此同时', '最后'];

function sentence(
	r: ReturnType<typeof random>,
	bank: IndustryBank,
	customer: string,
	staff: string,
	good: boolean,
): string {
	const templates = [
		() =>
			`${r.pick(connectors)},${customer}来到${r.pick(bank.venues)},说明自己遇到了${r.pick(bank.incidents)}的问题。`,
		() => `${staff}听完后${good ? r.pick(goodActions) : r.pick(badActions)}。`,
		() => `${customer}${r.pick(feelings)},又问能不能用${r.pick(bank.items)}办理。`,
		() => `当时排队的有${r.int(3, 30)}个人,等候时间已经超过${r.int(10, 90)}分钟。`,
		() => `${staff}查了系统,发现${r.pick(bank.incidents)},需要${r.int(2, 48)}小时才能处理完。`,
		() => `${customer}拿出手机给${staff}看了${r.pick(bank.items)}上的记录。`,
		() =>
			`这件事最后${good ? `让客户${r.pick(goodReactions)}` : `让客户${r.pick(badReactions)}`}。`,
		() => `${staff}向${r.pick(surnames)}主管报告了${r.pick(bank.incidents)}的情况。`,
		() => `按照规定,${r.pick(bank.venues)}在${r.pick(times)}只安排${r.int(1, 4)}名员工。`,
	];
	return r.pick(templates)();
}

/** The templates use ASCII commas and question marks; Chinese text uses full-width ones. */
function zhPunctuation(value: Yamlish): Yamlish {
	if (typeof value === 'string') return value.replace(/,/g, '\uff0c').replace(/\?/g, '\uff1f');
	if (Array.isArray(value)) return value.map(zhPunctuation);
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, zhPunctuation(v)]));
	return value;
}

export interface GeneratedCorpus {
	root: string;
	count: number;
	traditional: number;
}

/** Writes N cases into a new temp project folder (with the repo's site and vocabulary files). */
export function generateCases(repoRoot: string, count: number, seed = 20261123): GeneratedCorpus {
	const r = random(seed);
	const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
	const root = mkdtempSync(join(tmpdir(), 'mot-generated-'));
	mkdirSync(join(root, 'content/cases'), { recursive: true });
	for (const file of ['content/site.yaml', 'content/vocabulary.yaml'])
		cpSync(join(repoRoot, file), join(root, file));
	let traditional = 0;
	// Tags draw from their own sequence, so the rest of the corpus is what it was without them.
	const tagRandom = random(seed + 1);
	const tagList = loadVocabulary(repoRoot).tags;
	for (let i = 0; i < count; i++) {
		const bank = r.pick(industries);
		const good = r.next() < 0.45;
		const customer = `${r.pick(surnames)}${r.pick(honorifics)}`;
		const staff = `${r.pick(bank.staff)}${r.pick(surnames)}${r.pick(['某', '小', '大'])}`;
		const city = r.pick(cities);
		const incident = r.pick(bank.incidents);
		const sentences = Array.from({ length: r.int(10, 22) }, () =>
			sentence(r, bank, customer, staff, good),
		);
		const body = `${r.pick(times)},${city}${r.pick(districts)}的${r.pick(bank.venues)}。${sentences.join('')}`;
		const month = r.int(1, 12);
		const day = r.int(1, 28);
		const hour = r.int(7, 22);
		const pad = (n: number) => String(n).padStart(2, '0');
		const grid = [...new Set([r.pick(gridReferenceCodes), r.pick(gridReferenceCodes)])];
		const fields: Record<string, Yamlish> = {
			id: `gen-${bank.key}-${i}`,
			kind: r.next() < 0.7 ? 'mot' : 'scqa',
			title: `${city}${incident}`.slice(0, 38),
			summary:
				`${customer}在${city}${r.pick(bank.venues)}遇到${incident},${staff}${good ? r.pick(goodActions) : r.pick(badActions)}。`.slice(
					0,
					118,
				),
			grid,
			time: {
				start: `20${pad(r.int(10, 25))}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(r.int(0, 59))}`,
			},
			place: `${city}${r.pick(districts)} ${r.pick(bank.venues)}`,
			people: [
				{
					name: customer,
					role: r.pick(['老客户', '新客户', '会员', '过路的客人', '企业客户']),
					side: 'customer',
				},
				{ name: staff, role: r.pick(bank.staff), side: 'staff' },
			],
			industry: bank.key,
			outcome: good ? 'positive' : 'negative',
			perception: good ? r.int(1, 3) : -r.int(1, 3),
			servqual: [r.pick(['tangibles', 'assurance', 'responsiveness', 'reliability', 'empathy'])],
			tags:
				tagRandom.next() < 0.6
					? [...new Set([tagRandom.pick(tagList), tagRandom.pick(tagList)])]
					: undefined,
			authors: ['基准测试'],
			published: `2026-${pad(month)}-${pad(day)}`,
		};
		if (fields.kind === 'mot') {
			Object.assign(fields, {
				demands: [
					{ type: 'request', text: `尽快解决${incident}` },
					{ type: 'need', text: `${customer}希望被当作${r.pick(['老客户', '熟人', '贵宾'])}对待` },
				],
				gaps: good ? [] : [{ demand: `解决${incident}`, reason: `${r.pick(bank.staff)}没有权限` }],
				keyPoints: {
					critical: r.pick(goodActions),
					secondary: r.pick(goodActions),
					basic: '礼貌用语',
				},
				processChanges: [`${r.pick(bank.venues)}增加${r.int(1, 3)}名值班人员`],
				insights: ['客户记住的是被怎样对待'],
			});
		} else {
			Object.assign(fields, {
				situation: `${city}${r.pick(bank.venues)},${r.pick(times)}。`,
				complication: `${customer}遇到${incident},${r.pick(feelings)}。`,
				question: `怎样在${r.int(10, 60)}分钟内解决${incident}?`,
				answer: {
					steps: [r.pick(goodActions), r.pick(goodActions)],
					remedies: [
						r.pick(['expectations', 'follow-up', 'promise', 'upgrade', 'flexibility', 'details']),
					],
					value: `客户${r.pick(goodReactions)}。`,
				},
			});
		}
		let text = caseToMdx(
			zhPunctuation(fields) as Record<string, Yamlish>,
			zhPunctuation(body) as string,
		);
		// About one case in eight is written in Traditional characters (frontmatter keys stay ASCII).
		if (r.next() < 0.125) {
			text = toTraditional(text);
			traditional++;
		}
		writeFileSync(join(root, 'content/cases', `gen-${i}.mdx`), text);
	}
	return { root, count, traditional };
}
