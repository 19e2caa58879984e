// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { loadSiteConfig } from './src/config/load.ts';
import { caseCheck } from './src/integrations/case-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';

// content/site.yaml is the one place a company sets its address and sub-path.
const siteConfig = loadSiteConfig(process.cwd());

export default defineConfig({
	site: siteConfig.url,
	base: siteConfig.base,
	trailingSlash: 'always',
	integrations: [caseCheck(), mdx(), sitemap(), searchIndex({ defaultLang: siteConfig.defaultLang })],
	build: { format: 'directory', inlineStylesheets: 'auto' },
	devToolbar: { enabled: false },
	prefetch: false,
});
