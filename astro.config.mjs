// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/integrations/markdown-processor.ts';
import { checkerIntegration } from './src/integrations/checker.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

export default defineConfig({
	site: 'https://biobridge.example.org',
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: { processor: await markdownProcessor(process.env.BIOBRIDGE_MARKDOWN) },
	integrations: [checkerIntegration(), mdx(), pagefindIntegration()],
});
