/**
 * Editors' accounts in the browser: signing in and out, wrong passwords slowed down, pages and
 * writes kept to editors, and an admin managing accounts.
 */
import { expect, test } from '@playwright/test';
import { addAccount, editor, signIn, uniqueId } from './helpers/editors';

test.describe('signing in', () => {
	test('an editor signs in, lands where they were going, and signs out', async ({ page }) => {
		await page.goto('/editor/');
		await expect(page).toHaveURL(/\/signin\/\?next=%2Feditor%2F$/);
		await expect(page.getByRole('heading', { name: 'Sign in to publish' })).toBeVisible();
		await signIn(page);
		await expect(page.getByRole('heading', { name: 'Published timelines' })).toBeVisible();
		const cookie = (await page.context().cookies()).find((c) => c.name === 'dateline_session')!;
		expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

		await page.getByRole('button', { name: 'Sign out' }).click();
		await expect(page).toHaveURL(/\/signin\/$/);
		await page.goto('/editor/');
		await expect(page).toHaveURL(/\/signin\//);
	});

	test('five wrong passwords slow the account down, even for the right password', async ({
		page
	}) => {
		const account = addAccount(`${uniqueId('slowed')}@example.org`);
		await page.goto('/signin/');
		const problem = page.getByRole('alert');
		for (let i = 1; i <= 5; i++) {
			await page.getByLabel('Email').fill(account.email);
			await page.getByLabel('Password').fill(`wrong guess ${i}`);
			await page.getByRole('button', { name: 'Sign in' }).click();
			await expect(problem).toContainText(
				i < 5
					? 'Wrong email or password.'
					: 'After several wrong passwords, wait 30 seconds before trying again.'
			);
		}
		await page.getByLabel('Password').fill(account.password);
		const [response] = await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST'),
			page.getByRole('button', { name: 'Sign in' }).click()
		]);
		expect(response.status()).toBe(429);
		await expect(problem).toHaveText(/^Too many wrong passwords\. Try again in \d+ seconds\.$/);
		await expect(page).toHaveURL(/\/signin\/$/);
		expect((await page.context().cookies()).some((c) => c.name === 'dateline_session')).toBe(false);
	});

	test('the editors’ pages need a session, and the accounts page an admin', async ({ page }) => {
		expect((await page.request.get('/editor/t/iraq-coalition-exit/')).url()).toContain('/signin/');
		const response = await page.request.get('/api/timelines/iraq-coalition-exit');
		expect(response.status()).toBe(401);

		const plain = addAccount(`${uniqueId('plain')}@example.org`);
		await signIn(page, plain);
		await expect(page.getByRole('link', { name: 'Accounts' })).toHaveCount(0);
		const admin = await page.goto('/admin/');
		expect(admin?.status()).toBe(403);
	});
});

test.describe('an admin managing accounts', () => {
	test('adds an editor with a generated password shown once, who can then sign in; removes them', async ({
		page,
		browser
	}) => {
		const email = `${uniqueId('new-editor')}@example.org`;
		await signIn(page, editor);
		await page.getByRole('link', { name: 'Accounts' }).click();
		await page.getByLabel('Email').fill(email);
		await page.getByRole('button', { name: 'Add account' }).click();
		const done = page.getByRole('status');
		await expect(done).toContainText(`Added ${email}.`);
		const password = (await done.locator('.password').textContent())!.trim();
		expect(password).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);
		await page.reload();
		await expect(page.getByText(password)).toHaveCount(0);

		const theirs = await browser.newPage();
		await signIn(theirs, { email, password });
		await theirs.close();

		// Removing asks first; keeping the account changes nothing.
		const row = page.getByRole('listitem').filter({ hasText: email });
		await row.getByRole('button', { name: `Remove… ${email}` }).click();
		const confirm = row.getByRole('form', { name: `Remove ${email}?` });
		await expect(confirm).toContainText('They are signed out at once');
		await confirm.getByRole('link', { name: 'Keep the account' }).click();
		await expect(row.getByRole('form')).toHaveCount(0);
		await expect(row).toBeVisible();

		await row.getByRole('button', { name: `Remove… ${email}` }).click();
		await expect(confirm.getByRole('button', { name: `Remove ${email}` })).toBeFocused();
		await confirm.getByRole('button', { name: `Remove ${email}` }).click();
		await expect(page.getByRole('status')).toContainText(`Removed ${email}`);
		await expect(page.getByRole('listitem').filter({ hasText: email })).toHaveCount(0);
	});

	test('refuses a short password and an account that exists, saying so', async ({ page }) => {
		await signIn(page, editor);
		await page.goto('/admin/');
		await page.getByLabel('Email').fill(editor.email);
		await page.getByRole('button', { name: 'Add account' }).click();
		await expect(page.getByRole('alert')).toHaveText(
			`An account for ${editor.email} already exists`
		);
		await page.getByLabel('Email').fill(`${uniqueId('short')}@example.org`);
		await page.getByLabel('Password (optional)').fill('short');
		await page.getByLabel('Password (optional)').evaluate((el) => el.removeAttribute('minlength'));
		await page.getByRole('button', { name: 'Add account' }).click();
		await expect(page.getByRole('alert')).toHaveText(
			'A password needs at least 12 characters (this one has 5)'
		);
	});
});
