import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launch } from '../support/browser.ts';
import { serve } from '../support/static-server.ts';
import { root, siteDir } from '../build/site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** What the audit holds the site to: WCAG 2.2 A and AA, and axe's best practice. */
const auditedTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The rules of those that read colours: what a change of colour scheme can change. */
const colourRules = ['color-contrast', 'link-in-text-block'];
/** Every stylesheet and component, where a colour-scheme rule could be written. */
const styles = globSync('src/**/*.{css,astro}', { cwd: root }).map((file) => readFileSync(join(root, file), 'utf8'));

/** axe's findings on the page as it is now, one line per rule with up to three of the elements it names. */
async function audit(page: Page, runOnly: { type: 'tag' | 'rule'; values: string[] }): Promise<string[]> {
	return page.evaluate(async (only) => {
		const axe = (
			window as unknown as {
				axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
			}
		).axe;
		// Only the violations are wanted: axe skips collecting the details of what passed.
		const result = await axe.run(document, { runOnly: only, resultTypes: ['violations'] });
		return result.violations.map(
			(violation) =>
				`${violation.id}: ${violation.nodes
					.map((node) => node.target.join(' '))
					.slice(0, 3)
					.join(', ')}`,
		);
	}, runOnly);
}
const cros = (
	JSON.parse(readFileSync(`${siteDir}/data/cros.json`, 'utf8')) as {
		entries: { id: string; title: string; services: string[]; languages: { language: string }[] }[];
	}
).entries;
const paths = (JSON.parse(readFileSync(`${siteDir}/data/paths.json`, 'utf8')) as { entries: { id: string; steps: { id: string }[] }[] })
	.entries;

describe.skipIf(!browserAvailable)('the site in Chromium', () => {
	let browser: Browser;
	let server: Server;
	let base: string;
	let page: Page;
	/** The page axe audits: one for every audit, so Chromium compiles axe's script once and reuses it on each page of the site. */
	let audited: Page;

	beforeAll(async () => {
		({ url: base, server } = await serve(siteDir));
		browser = await launch();
		page = await browser.newPage();
		// axe is injected as an inline script, which the site's CSP rightly refuses; the audits bypass it.
		audited = await (await browser.newContext({ bypassCSP: true })).newPage();
	});

	afterAll(async () => {
		await browser?.close();
		server?.close();
	});

	it('shows a path as numbered steps with its timeline', async () => {
		const path = paths.find((p) => p.id === 'asrm-class-1')!;
		await page.goto(`${base}/paths/asrm-class-1/`);
		expect(await page.locator('ol.steps > li').count()).toBe(path.steps.length);
		await expect.poll(() => page.locator('figure.timeline svg').isVisible()).toBe(true);
		expect(await page.locator('figure.timeline svg title').textContent()).toBe('Timeline of the steps');
		expect(await page.locator('#step-restriction-period').textContent()).toContain('90');
	});

	it('narrows the CRO directory to the CROs with a service, and puts the filter in the URL', async () => {
		const service = 'cell-processing';
		const expected = cros
			.filter((cro) => cro.services.includes(service))
			.map((cro) => cro.title)
			.sort();
		expect(expected.length).toBeGreaterThan(0);
		expect(expected.length).toBeLessThan(cros.length);
		await page.goto(`${base}/cros/`);
		await page.selectOption('#filter-service', service);
		const visible = async () => (await page.locator('#cro-list > li:visible h2').allTextContents()).sort();
		expect(await visible()).toEqual(expected);
		expect(new URL(page.url()).searchParams.get('service')).toBe(service);
		expect(await page.locator('#cro-count').textContent()).toBe(`Showing ${expected.length} of ${cros.length} organisations.`);

		await page.goto(`${base}/cros/?service=${service}&language=ja`);
		const both = cros
			.filter((cro) => cro.services.includes(service) && cro.languages.some((claim) => claim.language === 'ja'))
			.map((cro) => cro.title)
			.sort();
		expect(await visible()).toEqual(both);
	});

	it('shows the whole directory without JavaScript, with its filters and the facet pages', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const plain = await context.newPage();
		await plain.goto(`${base}/cros/`);
		expect(await plain.locator('#cro-list > li:visible').count()).toBe(cros.length);
		// The filters work without the script (test/e2e/reading.test.ts); the facet pages remain, to share one value.
		expect(await plain.locator('#cro-filters').isVisible()).toBe(true);
		await plain.click('a[href="/cros/service/cell-processing/"]');
		// A click only starts the navigation; counting before the facet page has loaded counts a blank page.
		await plain.waitForURL(`${base}/cros/service/cell-processing/`);
		expect(await plain.locator('#cro-list > li').count()).toBe(cros.filter((cro) => cro.services.includes('cell-processing')).length);
		await context.close();
	});

	it('switches language on the same page, and back', async () => {
		await page.goto(`${base}/paths/asrm-class-1/`);
		for (const [name, lang, address] of [
			['한국어', 'ko', '/ko/paths/asrm-class-1/'],
			['日本語', 'ja', '/ja/paths/asrm-class-1/'],
			['English', 'en', '/paths/asrm-class-1/'],
		]) {
			await page.locator('.site-languages').getByRole('link', { name, exact: true }).click();
			await page.waitForURL(`${base}${address}`);
			expect(await page.locator('html').getAttribute('lang')).toBe(lang);
			expect(await page.locator('.site-languages [aria-current="page"]').textContent()).toBe(name);
		}
		// A page whose address names a language (the Japanese-speaking CROs) stays that page.
		await page.goto(`${base}/cros/language/ja/`);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		await page.locator('.site-languages').getByRole('link', { name: '한국어', exact: true }).click();
		await page.waitForURL(`${base}/ko/cros/language/ja/`);
	});

	it('takes a Korean reader from /ko/ to a path, a CRO and a benefit without an English interface', async () => {
		const interfaceText = async () =>
			page.evaluate(() =>
				[...document.querySelectorAll('header, footer, .kind, dt, h2, .notice')]
					.filter((element) => !element.closest('[lang="en"]'))
					.map((element) => element.textContent ?? '')
					.join(' '),
			);
		await page.goto(`${base}/ko/`);
		await page.getByRole('link', { name: '인허가 경로', exact: true }).first().click();
		await page.waitForURL(`${base}/ko/paths/`);
		await page.locator('main a[href="/ko/paths/asrm-class-1/"]').first().click();
		await page.waitForURL(`${base}/ko/paths/asrm-class-1/`);
		const onPath = await interfaceText();
		// The steps are folded: "Show all steps", in Korean, opens them, and a CRO that helps with one is a link away.
		await page.getByRole('button', { name: '모든 단계 펼치기' }).click();
		await page.locator('main .steps a[href^="/ko/cros/"]').first().click();
		await page.waitForURL(/\/ko\/cros\/[a-z-]+\/$/);
		const onCro = await interfaceText();
		await page.goto(`${base}/ko/benefits/`);
		await page.locator('main a[href^="/ko/benefits/"]').first().click();
		await page.waitForURL(/\/ko\/benefits\/[a-z0-9-]+\/$/);
		const onBenefit = await interfaceText();
		for (const text of [onPath, onCro, onBenefit]) {
			expect(text).toMatch(/[\uAC00-\uD7A3]/);
			// Words of the English interface that must not appear: labels, headings, notices.
			expect(text).not.toMatch(/\b(?:Regulatory paths|Decided by|Steps|Sources|Last reviewed|Search the site|Who does it)\b/);
		}
	});

	it('prints a path as a checklist, without navigation or the search box', async () => {
		await page.goto(`${base}/paths/asrm-class-1/`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.site-nav').isVisible()).toBe(false);
		expect(await page.locator('.site-search').isVisible()).toBe(false);
		expect(await page.evaluate(() => getComputedStyle(document.querySelector('ol.steps > li')!, '::before').content)).toBe('"☐"');
		await page.emulateMedia({ media: 'screen' });
	});

	it('has a dark scheme that changes colours only, so the audit below runs only the colour rules in it', () => {
		const blocks = styles.flatMap((text) => [...text.matchAll(/@media[^{]*prefers-color-scheme[^{]*\{([\s\S]*?)\n\}/g)]);
		expect(blocks.length).toBeGreaterThan(0);
		const declarations = blocks.flatMap((block) => [...block[1].matchAll(/([\w-]+)\s*:\s*([^;{}]+);/g)]);
		expect(declarations.length).toBeGreaterThan(0);
		expect(declarations.filter(([, , value]) => !/^#[0-9a-f]{3,8}$/i.test(value.trim())).map(([declaration]) => declaration)).toEqual([]);
	});

	it.each([
		'/',
		'/paths/ctl-approval/',
		'/paths/',
		'/cros/',
		'/cros/cmic/',
		'/institutions/pmda/',
		'/benefits/shonan-ipark-base/',
		'/glossary/',
		'/search/?q=Cartagena',
		'/ko/',
		'/ko/paths/ctl-approval/',
		'/ko/cros/',
		'/ko/benefits/shonan-ipark-base/',
		'/ko/search/?q=카르타헤나',
		'/ja/',
		'/ja/paths/ctl-approval/',
		'/ja/cros/',
		'/ja/benefits/cmic-matching/',
		'/finder/',
		'/finder/answers/self-paid-treatment/',
		'/finder/asrm-class-1-gene-modified-cells-made-in-japan/#from-self-paid-treatment--ex-vivo-gene-modified--japan-company-facility--not-in-zone',
		'/ko/finder/answers/self-paid-treatment/ex-vivo-gene-modified/',
		'/ko/finder/asrm-class-1-cells-made-in-japan/chungbuk-regenerative-bio-zone/',
		'/ja/finder/approval-cells-made-in-korea-from-korea/',
	])('%s has no axe-core violations in the light or the dark scheme (WCAG 2.2 A and AA, and best practice)', async (route) => {
		await audited.emulateMedia({ colorScheme: 'light' });
		await audited.goto(`${base}${route}`);
		if (route.includes('/search/')) await audited.locator('pagefind-results .search-result').first().waitFor();
		// axe counts what is inside a closed <details> as hidden, even where the page shows it (the wide screen's menu and
		// "on this page" list): every fold is opened first, so axe checks all a reader can see or open, folded steps included.
		await audited.evaluate(() => document.querySelectorAll('details').forEach((fold) => (fold.open = true)));
		await audited.addScriptTag({ content: axeSource });
		const light = await audit(audited, { type: 'tag', values: auditedTags });
		// The dark scheme is the same document under other colours (the stylesheet's prefers-color-scheme rules change
		// colours only), so the page is not loaded again: the rules that read colours run once more, in the dark.
		await audited.emulateMedia({ colorScheme: 'dark' });
		const dark = await audit(audited, { type: 'rule', values: colourRules });
		expect({ light, dark }).toEqual({ light: [], dark: [] });
	});
});
