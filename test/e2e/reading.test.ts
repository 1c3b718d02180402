/**
 * Reading on a phone and at length (issue #26), in Chromium: a header that folds to one row, an
 * "on this page" list, steps that fold and open by address and in print, the dark scheme, and a
 * CRO directory whose filters combine without JavaScript and do not shift the page.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeIn, siteDir } from '../build/site.ts';
import { browserAvailable, launch } from '../support/browser.ts';
import { serve } from '../support/static-server.ts';

/** One page of every kind, each built in English, Korean and Japanese. */
const pageKinds = [
	'/',
	'/paths/',
	'/paths/ctl-approval/',
	'/paths/asrm-class-1/',
	'/cros/',
	'/cros/cmic/',
	'/cros/service/cell-processing/',
	'/institutions/',
	'/institutions/pmda/',
	'/zones/',
	'/zones/chungbuk-regenerative-bio-zone/',
	'/benefits/',
	'/benefits/cmic-matching/',
	'/questions/',
	'/questions/can-we-file-in-english/',
	'/glossary/',
	'/finder/',
	'/finder/answers/marketing-approval/',
	'/finder/approval-cells-made-in-korea-from-korea/',
	'/finder/asrm-class-1-cells-made-in-korea/chungbuk-regenerative-bio-zone/',
	'/whats-new/',
	'/data/',
	'/search/',
];
const everyKind = (['en', 'ko', 'ja'] as const).flatMap((locale) => [
	...pageKinds.map((route) => routeIn(locale, route)),
	locale === 'en' ? '/404.html' : `/${locale}/404.html`,
]);

const cros = (
	JSON.parse(readFileSync(`${siteDir}/data/cros.json`, 'utf8')) as {
		entries: { id: string; title: string; services: string[]; languages: { language: string }[] }[];
	}
).entries;

/**
 * What Chromium's accessibility tree says of the element `selector` finds: whether a screen
 * reader meets it, whether it is expanded, its name, and the text it reads out (CSS-generated
 * text included).
 */
async function accessibility(page: Page, selector: string): Promise<{ ignored: boolean; expanded?: boolean; name?: string; text: string }> {
	const cdp = await page.context().newCDPSession(page);
	const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
	const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
	const { node: element } = await cdp.send('DOM.describeNode', { nodeId });
	const { nodes } = await cdp.send('Accessibility.getFullAXTree');
	await cdp.detach();
	const byId = new Map(nodes.map((node) => [node.nodeId, node]));
	const node = nodes.find((candidate) => candidate.backendDOMNodeId === element.backendNodeId);
	const text = (at: (typeof nodes)[number] | undefined): string =>
		at?.role?.value === 'StaticText' ? String(at.name?.value ?? '') : (at?.childIds ?? []).map((id) => text(byId.get(id))).join('');
	const expanded = node?.properties?.find((property) => property.name === 'expanded')?.value.value as boolean | undefined;
	return { ignored: node?.ignored ?? true, expanded, name: node?.name?.value as string | undefined, text: text(node) };
}

describe.skipIf(!browserAvailable)('reading on a phone and at length', () => {
	let browser: Browser;
	let server: Server;
	let base: string;

	beforeAll(async () => {
		({ url: base, server } = await serve(siteDir));
		browser = await launch();
	});

	afterAll(async () => {
		await browser?.close();
		server?.close();
	});

	it('at 390 and 320 px every kind of page, in every language, fits the screen and keeps its header under 160 px', async () => {
		const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
		const measured: string[] = [];
		for (const route of everyKind) {
			const response = await phone.goto(`${base}${route}`);
			expect(response?.ok() || route.endsWith('404.html'), route).toBe(true);
			// The narrower phone is the same page laid out again, as when a phone turns: no second load.
			for (const width of [390, 320]) {
				await phone.setViewportSize({ width, height: 844 });
				const { header, pageWidth } = await phone.evaluate(() => ({
					header: document.querySelector('.site-header')!.getBoundingClientRect().height,
					pageWidth: document.documentElement.scrollWidth,
				}));
				if (header > 160 || pageWidth > width) measured.push(`${route} at ${width} px: header ${header} px, page ${pageWidth} px wide`);
			}
			await phone.setViewportSize({ width: 390, height: 844 });
		}
		await phone.close();
		expect(measured).toEqual([]);
	}, 300_000);

	it('keeps the small things right: the footer’s space, the room under the header, a Korean plan within the phone', async () => {
		const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await phone.goto(`${base}/finder/approval-cells-made-in-korea-from-korea/`);
		expect(await phone.locator('.site-footer p').first().innerText()).toMatch(/^This site is not legal advice\. Check every requirement/);
		// "Start the finder again" no longer sits against the header.
		const header = (await phone.locator('.site-header').boundingBox())!;
		const first = (await phone.locator('.page-content a').first().boundingBox())!;
		expect(first.y - (header.y + header.height)).toBeGreaterThanOrEqual(16);
		await phone.goto(`${base}/ko/finder/approval-cells-made-in-korea-from-korea/`);
		expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
		await phone.close();
	});

	it('folds the menu behind one button on a phone, with the search box in view', async () => {
		const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await phone.goto(`${base}/paths/`);
		const menu = '.site-menu > summary';
		// The name and the menu button share the first row; the search box is the second, reachable in one tap.
		const [name, button, search] = await Promise.all(
			['.site-name', menu, '#site-search'].map(async (selector) => (await phone.locator(selector).boundingBox())!),
		);
		expect(Math.abs(name.y + name.height / 2 - (button.y + button.height / 2))).toBeLessThan(8);
		expect(search.y).toBeGreaterThanOrEqual(button.y + button.height);
		expect(await phone.locator('#site-search').isVisible()).toBe(true);
		expect(await phone.locator('.site-nav a').first().isVisible()).toBe(false);
		expect(await accessibility(phone, menu)).toMatchObject({ ignored: false, expanded: false, name: 'Menu' });

		// By keyboard: Tab from the skip link and the site's name reaches the button; Enter opens it; the links follow.
		await phone.focus('.site-name a');
		await phone.keyboard.press('Tab');
		expect(await phone.evaluate(() => document.activeElement?.matches('.site-menu > summary'))).toBe(true);
		await phone.keyboard.press('Enter');
		expect(await accessibility(phone, menu)).toMatchObject({ expanded: true });
		expect(await phone.locator('.site-nav a').first().isVisible()).toBe(true);
		await phone.keyboard.press('Tab');
		expect(await phone.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Route finder');
		// The open menu is a panel the width of the screen, in the page's language.
		const panel = (await phone.locator('.menu-panel').boundingBox())!;
		expect(panel.width).toBe(390);
		await phone.goto(`${base}/ko/paths/`);
		expect(await accessibility(phone, menu)).toMatchObject({ name: '메뉴' });
		await phone.close();
	});

	it('shows the whole menu on a wide screen, without the button, to the eye and to screen readers', async () => {
		const wide = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await wide.goto(`${base}/paths/`);
		expect(await wide.locator('.site-menu > summary').isVisible()).toBe(false);
		for (const link of await wide.locator('.site-nav a, .site-languages a').all()) expect(await link.isVisible()).toBe(true);
		expect(await accessibility(wide, '.site-nav a[aria-current="page"]')).toMatchObject({ ignored: false, name: 'Regulatory paths' });
		await wide.close();
	});

	it('lists a path’s parts and steps beside the text on a wide screen, and folded above it on a phone', async () => {
		const wide = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await wide.goto(`${base}/paths/ctl-approval/`);
		const list = (await wide.locator('.on-this-page').boundingBox())!;
		const text = (await wide.locator('.page-content').boundingBox())!;
		expect(list.x).toBeGreaterThanOrEqual(text.x + text.width);
		const targets = await wide.locator('.on-this-page a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
		expect(targets).toContain('#steps-heading');
		expect(targets).toContain('#sources-heading');
		for (const target of targets) expect(await wide.locator(target).count(), target).toBe(1);
		expect(await wide.locator('.on-this-page a[href="#steps-heading"]').isVisible()).toBe(true);
		// Still beside the text far down the page.
		await wide.locator('#sources-heading').scrollIntoViewIfNeeded();
		expect(await wide.locator('.on-this-page a[href="#sources-heading"]').isVisible()).toBe(true);
		await wide.close();

		const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await phone.goto(`${base}/glossary/`);
		const folded = (await phone.locator('.on-this-page summary').boundingBox())!;
		expect(folded.y).toBeLessThan((await phone.locator('h1').boundingBox())!.y);
		expect(await phone.locator('.on-this-page a[href="#asrm"]').isVisible()).toBe(false);
		await phone.click('.on-this-page summary');
		await phone.click('.on-this-page a[href="#asrm"]');
		expect(new URL(phone.url()).hash).toBe('#asrm');
		await phone.close();
	});

	it('folds each step of a path, opens the one the address names, and opens them all at once', async () => {
		const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${base}/paths/ctl-approval/`);
		const steps = page.locator('.steps > li > details');
		const count = await steps.count();
		expect(count).toBeGreaterThan(2);
		expect(await page.locator('.steps details[open]').count()).toBe(0);
		expect(await page.locator('#step-pmda-review').isVisible()).toBe(false);
		expect(await page.locator('.steps h3').first().isVisible()).toBe(true);

		// An address that names a step opens it, with its title in view: no script does this, the browser does.
		await page.goto(`${base}/paths/ctl-approval/#step-pmda-review`);
		expect(await page.locator('#step-pmda-review').isVisible()).toBe(true);
		expect(await page.locator('.steps details[open]').count()).toBe(1);
		const title = (await page.locator('li:has(#step-pmda-review) h3').boundingBox())!;
		expect(title.y).toBeGreaterThanOrEqual(0);

		// "Show all steps" opens every step, then closes them, and says which it will do.
		const button = page.locator('button.fold-all');
		expect(await button.textContent()).toBe('Show all steps');
		await button.click();
		expect(await page.locator('.steps details[open]').count()).toBe(count);
		expect(await button.textContent()).toBe('Hide all steps');
		expect(await button.getAttribute('aria-expanded')).toBe('true');
		await button.click();
		expect(await page.locator('.steps details[open]').count()).toBe(0);
		await page.close();

		// Without JavaScript the button would do nothing, so it is not there; a step still opens by itself.
		const context = await browser.newContext({ javaScriptEnabled: false });
		const plain = await context.newPage();
		await plain.goto(`${base}/paths/ctl-approval/`);
		expect(await plain.locator('button.fold-all').isVisible()).toBe(false);
		await plain.locator('.steps summary').first().click();
		expect(await plain.locator('.steps details[open]').count()).toBe(1);
		await context.close();
	});

	it('prints a path as a checklist with every step open, and without the parts for the screen', async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/paths/ctl-approval/`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('#step-pmda-review').isVisible()).toBe(true);
		for (const screenOnly of ['.steps summary', 'button.fold-all', '.on-this-page', '.site-menu', '.site-search'])
			expect(await page.locator(screenOnly).first().isVisible(), screenOnly).toBe(false);
		expect(await page.locator('.print-address').textContent()).toBe('https://biobridge.example.org/paths/ctl-approval/');
		await page.close();
	});

	it('follows a dark system scheme, the timeline included, and prints light', async () => {
		const colours = async (scheme: 'light' | 'dark', media: 'screen' | 'print' = 'screen') => {
			const context = await browser.newContext({ colorScheme: scheme });
			const page = await context.newPage();
			await page.goto(`${base}/paths/asrm-class-1/`);
			await page.emulateMedia({ media });
			const found = await page.evaluate(() => {
				const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
				return {
					page: style('html').backgroundColor,
					text: style('html').color,
					bar: style('figure.timeline .bar').fill,
					label: style('figure.timeline .label').fill,
				};
			});
			await context.close();
			return found;
		};
		const light = await colours('light');
		const dark = await colours('dark');
		expect(light.page).toBe('rgb(255, 255, 255)');
		expect(dark.page).toBe('rgb(16, 21, 28)');
		expect(dark.text).toBe('rgb(231, 234, 239)');
		// The chart takes the scheme's colours: light labels and a lighter bar on the dark page.
		expect(dark.label).toBe(dark.text);
		expect(dark.bar).not.toBe(light.bar);
		expect((await colours('dark', 'print')).page).toBe('rgb(255, 255, 255)');
		expect(readFileSync(`${siteDir}/index.html`, 'utf8')).toContain('<meta name="color-scheme" content="light dark">');
	});

	it('puts the directory’s filters above the list on a phone, and filters without JavaScript, choices combined', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
		const plain = await context.newPage();
		await plain.goto(`${base}/cros/`);
		const form = (await plain.locator('#cro-filters').boundingBox())!;
		const first = (await plain.locator('#cro-list > li').first().boundingBox())!;
		expect(form.y + form.height).toBeLessThanOrEqual(first.y);
		const shown = async () => (await plain.locator('#cro-list > li:visible h2').allTextContents()).sort();
		expect((await shown()).length).toBe(cros.length);

		const service = 'cell-processing';
		await plain.selectOption('#filter-service', service);
		const withService = cros.filter((cro) => cro.services.includes(service));
		expect(await shown()).toEqual(withService.map((cro) => cro.title).sort());
		await plain.selectOption('#filter-language', 'ko');
		const both = withService.filter((cro) => cro.languages.some((claim) => claim.language === 'ko'));
		expect(both.length).toBeLessThan(withService.length);
		expect(await shown()).toEqual(both.map((cro) => cro.title).sort());
		// The count the stylesheet makes is what a screen reader reads in the status line.
		expect((await accessibility(plain, '#cro-count')).text).toBe(`Showing ${both.length} of ${cros.length} organisations.`);
		// "Clear filters" is a link to the unfiltered list.
		await plain.click('#cro-filters .clear-filters');
		await plain.waitForURL(`${base}/cros/`);
		expect((await shown()).length).toBe(cros.length);
		expect(await plain.inputValue('#filter-service')).toBe('');
		await context.close();
	});

	it('does not shift the directory when its script starts (no layout shift)', async () => {
		const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await phone.goto(`${base}/cros/`);
		await phone.locator('#cro-directory[data-scripted]').waitFor({ state: 'attached' });
		const shift = await phone.evaluate(
			() =>
				new Promise<number>((resolve) => {
					let total = 0;
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
							if (!entry.hadRecentInput) total += entry.value;
					}).observe({ type: 'layout-shift', buffered: true });
					requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
				}),
		);
		expect(shift).toBeLessThan(0.01);
		await phone.close();
	});
});
