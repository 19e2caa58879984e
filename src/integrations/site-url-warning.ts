/**
 * Warns once per build when `url` in content/site.yaml points at this machine (localhost, a
 * loopback address): QR codes, short links, citations, `cases.json` and the sitemap would send
 * every phone in the classroom there. Also says which edition is built (trainer: with notes).
 */
import type { AstroIntegration } from 'astro';

/** True for an address no one else can open: empty, localhost, loopback, 0.0.0.0. */
export function isLocalUrl(url: string): boolean {
	if (!url.trim()) return true;
	try {
		const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
		return (
			host === 'localhost' ||
			host.endsWith('.localhost') ||
			/^127\./.test(host) ||
			host === '::1' ||
			host === '0.0.0.0'
		);
	} catch {
		return true;
	}
}

export function siteUrlWarning(options: { url: string; trainer: boolean }): AstroIntegration {
	return {
		name: 'mot-site-url',
		hooks: {
			'astro:build:start': ({ logger }) => {
				if (isLocalUrl(options.url))
					logger.warn(
						`content/site.yaml url is ${options.url || '(empty)'}: QR codes, short links, citations and cases.json will point there. Set url (or SITE_URL) to the address readers open. / 二维码、短链接和引用将指向 ${options.url || '（空）'}：请在 content/site.yaml 里把 url 改为读者访问的地址。`,
					);
				if (options.trainer)
					logger.info(
						'trainer edition: teaching notes are built in; deploy it behind access control only / 讲师版：包含教学笔记，只能部署在需要登录的地址',
					);
			},
		},
	};
}
