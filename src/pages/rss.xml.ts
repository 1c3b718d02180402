import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalogue } from '../lib/catalogue.ts';
import { recentChanges } from '../lib/whats-new.ts';
import { siteConfig } from '../site-config.ts';

export const GET: APIRoute = async ({ site }) =>
	rss({
		title: `${siteConfig.name}: what's new`,
		description: 'Regulatory paths, CROs, institutions and special-zone benefits, as editors review them.',
		site: site ?? 'https://biobridge.example.org',
		items: recentChanges(await getCatalogue()).map((change) => ({
			title: change.title,
			link: change.href,
			pubDate: change.reviewed,
			description: change.changes ?? change.summary,
		})),
	});
