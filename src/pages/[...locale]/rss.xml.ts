/** "What's new" as an RSS feed in each language: /rss.xml, /ko/rss.xml, /ja/rss.xml. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { fill, pageLocale, t } from '../../i18n/index.ts';
import { getCatalogue } from '../../lib/catalogue.ts';
import { localHref } from '../../lib/links.ts';
import { everyLocale } from '../../lib/locale-paths.ts';
import { recentChanges } from '../../lib/whats-new.ts';
import { siteConfig } from '../../site-config.ts';

export const getStaticPaths = everyLocale satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, params }) => {
	const locale = pageLocale(params);
	const words = t(locale).whatsNew;
	// Feed readers need absolute links; astro.config.mjs sets the site's address.
	if (!site) throw new Error('astro.config.mjs sets no `site`, so the RSS feed cannot give absolute links.');
	return rss({
		title: fill(words.feedTitle, { site: siteConfig.name }),
		description: words.feedDescription,
		site,
		customData: `<language>${locale}</language>`,
		items: recentChanges(await getCatalogue(), locale).map((change) => ({
			title: change.title,
			link: localHref(locale, change.route),
			pubDate: change.reviewed,
			description: change.changes ?? change.summary,
		})),
	});
};
