import { test, expect } from './fixtures';
import { content, eventPath, richWave, root } from './content';
import { readContentHistory, lastChangedOf } from '../../src/lib/content/history';
import { DICTIONARIES } from '../../src/i18n';

const en = DICTIONARIES.en;
const wave = content.events.find((e) => e.id === richWave.id)!;
const version = lastChangedOf(readContentHistory(root), wave.file).date;
const today = () => {
	const now = new Date();
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

test.describe('cite this', () => {
	test('an event page offers the citation in four formats, with its address, its version and today as the day accessed', async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(eventPath(wave.id));
		const section = page.getByRole('region', { name: en.cite.page });
		for (const name of [en.cite.text, 'BibTeX', 'CSL-JSON', 'RIS'])
			await expect(section.getByLabel(name)).toHaveValue(new RegExp(`/events/${wave.id}/`));
		const bibtex = await section.getByLabel('BibTeX').inputValue();
		if (version) expect(bibtex).toContain(`date = {${version}}`);
		expect(bibtex).toContain(`urldate = {${today()}}`);
		expect(JSON.parse(await section.getByLabel('CSL-JSON').inputValue())).toMatchObject({ title: wave.data.title });
		await expect(section.getByLabel('RIS')).toHaveValue(new RegExp(`Y2 {2}- ${today().replace(/-/g, '/')}`));
		await section.getByRole('button', { name: en.cite.copy }).nth(1).click();
		await expect(section.getByRole('status')).toHaveText(en.cite.copied);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex);
	});

	test('each figure of an entry has an anchor of its own', async ({ page }) => {
		await page.goto(`${eventPath(wave.id)}#count`);
		for (const id of ['date', 'count', 'political-prisoners', 'kind', 'conditions'])
			await expect(page.locator(`dt#${id}`)).toHaveCount(1);
	});

	test('the home page, a person page and /data/ can be cited too', async ({ page }) => {
		for (const [path, heading] of [
			['/', en.cite.page],
			[`/people/${wave.data.people[0]!.id}/`, en.cite.page],
			['/data/', en.cite.data],
		] as const) {
			await page.goto(path);
			await expect(page.getByRole('region', { name: heading }).getByLabel('RIS')).toHaveValue(/^TY {2}- (ELEC|DATA)/);
		}
	});
});

test.describe('cite this without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the citation is there to select, with a slot for the day accessed and no copy button', async ({ page }) => {
		await page.goto(eventPath(wave.id));
		const section = page.getByRole('region', { name: en.cite.page });
		await expect(section.getByLabel('BibTeX')).toHaveValue(new RegExp(`urldate = \\{${en.cite.accessedSlot}\\}`));
		await expect(section.getByRole('button')).toHaveCount(0);
	});
});
